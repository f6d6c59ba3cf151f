package io.switchboard.lambdas.async;

import io.switchboard.lambdas.connect.ConnectEvent;
import io.switchboard.lambdas.log.JsonLog;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Answers one call of the async wrapper: starts the wrapped function's execution, or reads its
 * result (results table first, Step Functions only as the fallback {@link AsyncProtocol} allows).
 * Never throws: every failure becomes an answer the flow can branch on.
 */
public final class AsyncWrapperService {
    private static final String PRIMING_ARN = "arn:aws:states:us-east-1:000000000000:execution:switchboard-priming:priming";

    private final AsyncResults results;
    private final AsyncExecutions executions;
    private final Duration retention;
    private final Clock clock;
    private final JsonLog log;

    public AsyncWrapperService(AsyncResults results, AsyncExecutions executions, int retentionHours, Clock clock, JsonLog log) {
        this.results = results;
        this.executions = executions;
        this.retention = Duration.ofHours(retentionHours);
        this.clock = clock;
        this.log = log;
    }

    public Map<String, String> answer(ConnectEvent event) {
        if (!event.hasDetails()) {
            return AsyncProtocol.notAnEvent("The input is not an Amazon Connect ContactFlowEvent (no Details).");
        }
        AsyncRequest request = AsyncProtocol.parse(event.parameters());
        String contactId = event.contactId().orElse("-");
        if (request instanceof AsyncRequest.Invalid invalid) {
            log.warn("bad wrapper parameters", Map.of("contactId", contactId, "error", invalid.message()));
            return AsyncProtocol.invalid(invalid);
        }
        if (request instanceof AsyncRequest.Start start) {
            return start(event, start);
        }
        return poll(contactId, (AsyncRequest.Poll) request);
    }

    private Map<String, String> start(ConnectEvent event, AsyncRequest.Start start) {
        Optional<String> contactId = event.contactId();
        if (contactId.isEmpty()) {
            return AsyncProtocol.startFailed(start, "The event has no Details.ContactData.ContactId: the execution is"
                    + " named after the contact, so it cannot be started.");
        }
        String name = ExecutionName.of(contactId.get(), start.step());
        try {
            var outcome = executions.start(name, ExecutionInput.of(event.json(), clock.instant().plus(retention)));
            log.info("start " + outcome.kind(), Map.of("contactId", contactId.get(), "execution", name));
            return switch (outcome.kind()) {
                case STARTED, ALREADY_STARTED -> AsyncProtocol.created(start, outcome.executionArn());
                case BUSY -> AsyncProtocol.startDeferred(start);
            };
        } catch (RuntimeException failure) {
            log.error("could not start execution", Map.of("contactId", contactId.get(), "execution", name,
                    "error", failure.toString()));
            return AsyncProtocol.startFailed(start, "Step Functions refused to start the execution: " + describe(failure));
        }
    }

    private Map<String, String> poll(String contactId, AsyncRequest.Poll poll) {
        if (AsyncProtocol.pastLimit(poll)) {
            log.info("poll limit reached", Map.of("contactId", contactId, "execution", poll.executionArn(),
                    "count_max", poll.countMax()));
            return AsyncProtocol.loopDone(poll);
        }
        try {
            ExecutionResult result = results.find(poll.executionArn());
            if (result.state() == ExecutionResult.State.PENDING && AsyncProtocol.needsDescribe(poll)) {
                result = executions.describe(poll.executionArn());
            }
            if (result.state() == ExecutionResult.State.BUSY || result.state() == ExecutionResult.State.UNKNOWN) {
                log.warn("poll " + result.state(), Map.of("contactId", contactId, "execution", poll.executionArn(),
                        "reason", result.cause()));
            }
            return AsyncProtocol.answer(poll, result);
        } catch (RuntimeException failure) {
            log.error("poll failed", Map.of("contactId", contactId, "execution", poll.executionArn(),
                    "error", failure.toString()));
            return AsyncProtocol.pollFailed(poll, "Could not read the execution's result: " + describe(failure));
        }
    }

    /** SnapStart: open the DynamoDB connection inside the snapshot with a read that finds nothing. */
    void prime() {
        try {
            results.find(PRIMING_ARN);
        } catch (RuntimeException unreachable) {
            // Priming is best effort: the snapshot is still valid without a warm connection.
        }
    }

    private static String describe(RuntimeException failure) {
        String message = failure.getMessage();
        return AsyncProtocol.shorten(failure.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")"), 300);
    }
}
