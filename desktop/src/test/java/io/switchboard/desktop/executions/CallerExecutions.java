package io.switchboard.desktop.executions;

import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.desktop.connection.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * A state machine of its own in the sandbox, with executions whose input is what the async wrapper
 * gives its executions ({@code {"event": <Connect event>, "expires_at": …}}), so a test knows every
 * execution and every caller on it.
 */
final class CallerExecutions {
    private static final String MACHINE = """
            {"StartAt": "Done", "States": {"Done": {"Type": "Pass", "End": true}}}""";

    /** Callers by ContactId, in the order started (the last is the newest). */
    final Map<String, String> callers = new LinkedHashMap<>();
    final String machineArn;
    private final SfnClient sfn;

    CallerExecutions(Session base) {
        this.sfn = base.clients().sfn();
        this.machineArn = sfn.createStateMachine(b -> b.name("callers-" + UUID.randomUUID().toString().substring(0, 8))
                .definition(MACHINE).roleArn("arn:aws:iam::000000000000:role/sandbox")).stateMachineArn();
    }

    /** Starts one execution for a call from {@code caller}; returns its ContactId. */
    String start(String caller) {
        String contactId = UUID.randomUUID().toString();
        String event = EventTemplates.withContact(EventTemplates.text("async-start"), contactId, caller, Map.of());
        sfn.startExecution(b -> b.stateMachineArn(machineArn).name(contactId + "-main")
                .input("{\"event\": " + event + ", \"expires_at\": \"1900000000\"}"));
        callers.put(contactId, caller);
        return contactId;
    }

    /** Starts one execution whose input is not a Connect event (started by hand): it has no caller. */
    String startWithoutCaller() {
        String contactId = UUID.randomUUID().toString();
        sfn.startExecution(b -> b.stateMachineArn(machineArn).name(contactId + "-main").input("{}"));
        callers.put(contactId, "");
        return contactId;
    }

    /** A session on the same sandbox whose stack output points the Executions page at this state machine. */
    Session session(Session base) {
        return new Session(base.target(), "Sandbox", Map.of("AsyncStateMachineArn", machineArn), base.clients(), base.callPlayer());
    }
}
