package io.switchboard.desktop.calls;

import io.switchboard.desktop.connection.CallPlayer;
import io.switchboard.desktop.task.CancelledException;
import io.switchboard.desktop.task.Progress;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Plays N calls from random callers in several countries through the vanity flow (sandbox only). */
public final class TrafficSimulator {
    /** Number shapes per country: prefix + how many random digits follow. Ranges reserved for fiction where they exist. */
    private static final List<String[]> SHAPES = List.of(
            new String[] {"+1800", "7"}, new String[] {"+1888", "7"}, new String[] {"+1212555", "4"},
            new String[] {"+4420794", "5"}, new String[] {"+447700900", "3"}, new String[] {"+61491570", "3"},
            new String[] {"+4930", "8"}, new String[] {"+331", "8"}, new String[] {"+353", "9"});

    private final CallPlayer player;
    private final Random random;

    public TrafficSimulator(CallPlayer player, long seed) {
        this.player = player;
        this.random = new Random(seed);
    }

    /** @return how many calls were played */
    public int play(int calls, Progress progress) throws Exception {
        for (int i = 0; i < calls; i++) {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            player.play(UUID.randomUUID().toString(), randomCaller());
            progress.update((i + 1) / (double) calls, "Played " + (i + 1) + " of " + calls + " calls");
        }
        return calls;
    }

    String randomCaller() {
        String[] shape = SHAPES.get(random.nextInt(SHAPES.size()));
        StringBuilder number = new StringBuilder(shape[0]);
        int digits = Integer.parseInt(shape[1]);
        for (int i = 0; i < digits; i++) {
            number.append(i == 0 ? 2 + random.nextInt(8) : random.nextInt(10));
        }
        return number.toString();
    }
}
