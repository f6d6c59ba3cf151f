package io.switchboard.desktop.executions;

import java.time.Duration;
import java.util.Locale;

/** One way to write how long an execution or a state took, everywhere on the Executions page. */
public final class ElapsedText {
    private ElapsedText() {
    }

    /** {@code 0.43 s}, {@code 20.01 s}, {@code 2 min 05 s}. */
    public static String of(Duration elapsed) {
        Duration d = elapsed.isNegative() ? Duration.ZERO : elapsed;
        if (d.toMinutes() > 0) {
            return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
        }
        return String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0);
    }
}
