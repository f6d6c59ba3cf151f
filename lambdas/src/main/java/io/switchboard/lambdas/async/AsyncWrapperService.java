package io.switchboard.lambdas.async;

import io.switchboard.lambdas.connect.ConnectEvent;
import io.switchboard.lambdas.log.JsonLog;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    /** The answer for one call: string values, except a finished output in {@code response=json} style. */
    public Map<String, Object> answer(ConnectEvent event) {
        if (!event.hasDetails()) {
            return widen(AsyncProtocol.notAnEvent("The input is not an Amazon Connect ContactFlowEvent (no Details)."));
        }
        AsyncRequest request = AsyncProtocol.parse(event.parameters());
        String contactId = event.contactId().orElse("-");
        if (request instanceof AsyncRequest.Invalid invalid) {
            log.warn("bad wrapper parameters", Map.of("contactId", contactId, "error", invalid.message()));
            return widen(AsyncProtocol.invalid(invalid));
        }
        if (request instanceof AsyncRequest.Start start) {
            return start(event, start);
        }
        return poll(event, contactId, (AsyncRequest.Poll) request);
    }

    private Map<String, Object> start(ConnectEvent event, AsyncRequest.Start start) {
        Optional<String> contactId = event.contactId();
        if (AsyncProtocol.pastLimit(start)) {
            log.info("start past the poll limit: nothing started", Map.of("contactId", contactId.orElse("-"),
                    "count", start.count(), "count_max", start.countMax()));
            return widen(AsyncProtocol.loopDone(start));
        }
        if (contactId.isEmpty()) {
            return widen(AsyncProtocol.startFailed(start, "The event has no Details.ContactData.ContactId: the execution is"
                    + " named after the contact, so it cannot be started."));
        }
        String name = ExecutionName.of(contactId.get(), start.step());
        try {
            var outcome = executions.start(name, ExecutionInput.of(event.json(), clock.instant().plus(retention)));
            log.info("start " + outcome.kind(), Map.of("contactId", contactId.get(), "execution", name));
            return switch (outcome.kind()) {
                case STARTED -> widen(AsyncProtocol.created(start, outcome.executionArn()));
                case ALREADY_STARTED -> alreadyStarted(start, outcome.executionArn());
                case BUSY -> widen(AsyncProtocol.startDeferred(start, executions.executionArn(name)));
            };
        } catch (RuntimeException failure) {
            log.error("could not start execution", Map.of("contactId", contactId.get(), "execution", name,
                    "error", failure.toString()));
            return widen(AsyncProtocol.startFailed(start, "Step Functions refused to start the execution: " + describe(failure)));
        }
    }

    /**
     * Connect retried the first call, or a flow that saved a blank {@code execution_id} calls again: the
     * execution exists, so answer with its result when it has one, else as a fresh start.
     */
    private Map<String, Object> alreadyStarted(AsyncRequest.Start start, String executionArn) {
        ExecutionResult result = results.find(executionArn);
        if (result.state() == ExecutionResult.State.SUCCEEDED || result.state() == ExecutionResult.State.FAILED) {
            return AsyncProtocol.answer(new AsyncRequest.Poll(executionArn, start.count(), start.countMax(),
                    start.countComfort(), start.response()), result);
        }
        return widen(AsyncProtocol.created(start, executionArn));
    }

    private Map<String, Object> poll(ConnectEvent event, String contactId, AsyncRequest.Poll poll) {
        if (AsyncProtocol.pastLimit(poll)) {
            log.info("poll limit reached", Map.of("contactId", contactId, "execution", poll.executionArn(),
                    "count_max", poll.countMax()));
            return widen(AsyncProtocol.loopDone(poll));
        }
        try {
            ExecutionResult result = results.find(poll.executionArn());
            boolean ours = startsForThisContact(poll.executionArn(), contactId);
            boolean missing = result.state() == ExecutionResult.State.PENDING;
            if (missing && !executions.isOwn(poll.executionArn())) {
                // This wrapper starts executions of one state machine only: any other cannot be one it
                // started, so say so now rather than answer RUNNING until the last poll (decision 0025).
                result = ExecutionResult.unknown("not an execution of this wrapper's state machine " + executions.stateMachineArn());
            } else if (missing && ours && AsyncProtocol.isFirstPoll(poll)) {
                // After a deferred start (or from a flow that resets count to 0 after starting): make sure
                // the execution exists. StartExecution is idempotent by name and has a far larger quota
                // than DescribeExecution.
                result = startDeferred(event, contactId, poll.executionArn());
            } else if (missing && (!ours || AsyncProtocol.needsDescribe(poll))) {
                // A poll from another contact (a console replay, a test) than the one that started the
                // execution asks Step Functions each time its result is missing: a flow's own polls never
                // pay this, and a replayed poll of an execution that does not exist is an error at once.
                result = executions.describe(poll.executionArn());
                if (result.state() == ExecutionResult.State.UNKNOWN && ours) {
                    result = startDeferred(event, contactId, poll.executionArn());
                }
            }
            if (result.state() == ExecutionResult.State.BUSY || result.state() == ExecutionResult.State.UNKNOWN) {
                log.warn("poll " + result.state(), Map.of("contactId", contactId, "execution", poll.executionArn(),
                        "reason", result.cause()));
            }
            return AsyncProtocol.answer(poll, result);
        } catch (RuntimeException failure) {
            log.error("poll failed", Map.of("contactId", contactId, "execution", poll.executionArn(),
                    "error", failure.toString()));
            return widen(AsyncProtocol.pollFailed(poll, "Could not read the execution's result: " + describe(failure)));
        }
    }

    /** An execution_id this wrapper answered on a deferred start: this contact's execution of our state machine. */
    private boolean startsForThisContact(String executionArn, String contactId) {
        return executions.isOwn(executionArn) && ExecutionName.isForContact(ExecutionName.nameOf(executionArn), contactId);
    }

    /**
     * The start a throttled first call deferred, made now with this poll's event (docs/decisions/0012);
     * an execution that exists already is left alone.
     */
    private ExecutionResult startDeferred(ConnectEvent event, String contactId, String executionArn) {
        String name = ExecutionName.nameOf(executionArn);
        var outcome = executions.start(name, ExecutionInput.of(event.json(), clock.instant().plus(retention)));
        log.info("deferred start " + outcome.kind(), Map.of("contactId", contactId, "execution", name));
        return outcome.kind() == AsyncExecutions.StartOutcome.Kind.BUSY ? ExecutionResult.busy("start deferred again")
                : ExecutionResult.pending();
    }

    private static Map<String, Object> widen(Map<String, String> answer) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(answer));
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
