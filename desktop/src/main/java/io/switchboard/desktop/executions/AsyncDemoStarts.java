package io.switchboard.desktop.executions;

import io.switchboard.desktop.aws.FunctionsGateway;
import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.desktop.connect.ResponseMaps;
import io.switchboard.desktop.task.CancelledException;
import io.switchboard.desktop.task.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Starts N async-demo executions through the async wrapper's Lambda, the way the async-demo flow's
 * first call does (no {@code execution_id}): most finish in 0.3–2 s, one fails ({@code demo_fail}),
 * one is still running a minute later (a 60 s {@code demo_delay_ms}). For demos and screenshots.
 */
public final class AsyncDemoStarts {
    static final long STILL_RUNNING_MS = 60_000;
    private final FunctionsGateway functions;
    private final String asyncWrapper;
    private final Random random;

    /** @param asyncWrapper the async wrapper's function or alias ARN (stack output AsyncWrapperFunctionAliasArn) */
    public AsyncDemoStarts(FunctionsGateway functions, String asyncWrapper, long seed) {
        this.functions = functions;
        this.asyncWrapper = asyncWrapper;
        this.random = new Random(seed);
    }

    /** The attributes of start {@code i} of {@code count}: the second-to-last fails, the last keeps running. */
    static Map<String, String> attributes(int i, int count, Random random) {
        if (count > 2 && i == count - 2) {
            return Map.of("demo_fail", "true", "demo_delay_ms", "500");
        }
        if (count > 1 && i == count - 1) {
            return Map.of("demo_delay_ms", Long.toString(STILL_RUNNING_MS));
        }
        return Map.of("demo_delay_ms", Integer.toString(300 + random.nextInt(1701)));
    }

    /** @return the ContactIds started, in order (the first one finishes successfully) */
    public List<String> start(int count, Progress progress) {
        List<String> contacts = new ArrayList<>();
        String template = EventTemplates.text("async-start");
        for (int i = 0; i < count; i++) {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            String contactId = UUID.randomUUID().toString();
            String caller = "+447700900" + (100 + random.nextInt(900)); // Ofcom's range for drama
            String event = EventTemplates.withAttributes(
                    EventTemplates.withContact(template, contactId, caller, Map.of()), attributes(i, count, random));
            Map<String, String> response = ResponseMaps.parse(functions.invoke(asyncWrapper, null, event).payload());
            if (response.getOrDefault("execution_id", "").isBlank()) {
                throw new IllegalStateException("the async wrapper started nothing: " + response);
            }
            contacts.add(contactId);
            progress.update((i + 1) / (double) count, "Started " + (i + 1) + " of " + count + " async-demo executions");
        }
        return contacts;
    }
}
