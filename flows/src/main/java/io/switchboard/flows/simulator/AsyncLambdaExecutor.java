package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Connect's native asynchronous Lambda mode (admin guide, "AWS Lambda function" block): an
 * {@code InvocationType: ASYNCHRONOUS} call (up to 60 s) does not hold the contact; the flow goes on at
 * once and {@code $.LambdaInvocation.InvocationId} names the call. A later "Load Lambda result" (an
 * InvokeLambdaFunction with {@code LambdaInvocationId}) or a Wait on the invocation blocks until the
 * answer arrives or the time limit passes. The caller waits only for what is left after the prompts
 * played meanwhile, and only that wait is dead air.
 */
final class AsyncLambdaExecutor {

    static final int DEFAULT_LIMIT_SECONDS = 60;
    /** The parameter names the simulator reads as "Load Lambda result" / an event-based Wait's invocation. */
    static final String[] INVOCATION_PARAMETERS = {"LambdaInvocationId", "InvocationId", "LambdaInvocationRequestId"};

    private final LambdaInvoker invoker;
    private final SimulationClock clock;

    AsyncLambdaExecutor(LambdaInvoker invoker, SimulationClock clock) {
        this.invoker = invoker;
        this.clock = clock;
    }

    /** The invocation reference an action waits on, when it has one. */
    static Optional<String> invocationToLoad(FlowAction action) {
        for (String name : INVOCATION_PARAMETERS) {
            Optional<String> value = action.textParameter(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    ActionOutcome start(FlowAction action, CallState state) {
        ReferenceResolver references = state.references(action.identifier());
        String arn = references.value(action.textParameter("LambdaFunctionARN").orElse(""));
        Duration limit = Duration.ofSeconds(InvokeLambdaFunctionExecutor.limitSeconds(action, DEFAULT_LIMIT_SECONDS));
        String event = ConnectEventBuilder.event(state, InvokeLambdaFunctionExecutor.parameters(action, references));
        AsyncInvocations.Invocation invocation = state.asyncInvocations.start(action.identifier(), arn, event, limit,
                InvokeLambdaFunctionExecutor.stringMapExpected(action), invoker, clock, state.elapsed());
        state.lastInvocationId = invocation.invocationId();
        state.record(action.identifier(), action.type(), StepKind.SETTING,
                "Lambda " + InvokeLambdaFunctionExecutor.shortName(arn) + " started asynchronously (up to "
                        + limit.toSeconds() + " s); the flow goes on at once", Duration.ZERO);
        return ActionOutcome.next();
    }

    /** Load Lambda result: the answer becomes {@code $.External}; a failure or timeout takes the Error branch. */
    ActionOutcome load(FlowAction action, CallState state) {
        Optional<Result> result = await(action, state, null);
        if (result.isEmpty()) {
            return ActionOutcome.error("NoMatchingError", "no asynchronous Lambda invocation to load");
        }
        LambdaResponseCheck check = result.get().check();
        if (!check.ok()) {
            return ActionOutcome.error("NoMatchingError", check.detail());
        }
        state.external = check.parsed();
        return ActionOutcome.next();
    }

    /**
     * The outcome of waiting for an invocation.
     *
     * @param check   the answer as Connect judges it; null while the function still runs
     * @param arrived whether the answer came within the wait
     */
    record Result(LambdaResponseCheck check, boolean arrived) {
    }

    /**
     * Blocks (really) until the invocation the action names answers, its own limit passes, or {@code cap}
     * (a Wait block's time limit; null for none) runs out; records the caller's wait as dead air.
     */
    Optional<Result> await(FlowAction action, CallState state, Duration cap) {
        String reference = invocationToLoad(action).orElse("$.LambdaInvocation.InvocationId");
        String id = state.references(action.identifier()).value(reference);
        Optional<AsyncInvocations.Invocation> found = state.asyncInvocations.find(id);
        if (found.isEmpty()) {
            state.warn(action.identifier(), "no asynchronous Lambda invocation '" + id + "' to wait for");
            return Optional.empty();
        }
        AsyncInvocations.Invocation invocation = found.get();
        String name = InvokeLambdaFunctionExecutor.shortName(invocation.functionArn());
        Duration sinceStart = state.elapsed().minus(invocation.startedAtCall());
        AsyncInvocations.Answer answer = answer(invocation, cap);
        long runningNanos = clock.nanoTime() - invocation.startedNanos();
        if (answer == null && cap != null && runningNanos < invocation.limit().toNanos()) {
            state.recordDeadAir(action.identifier(), action.type(), "waits " + cap.toSeconds() + " s for asynchronous " + name
                    + ": still running", cap);
            return Optional.of(new Result(null, false));
        }
        Duration took = answer == null ? invocation.limit().plusMillis(1) : Duration.ofNanos(answer.finishedNanos() - invocation.startedNanos());
        Duration ready = took.compareTo(invocation.limit()) > 0 ? invocation.limit() : took;
        Duration waited = ready.minus(sinceStart).isNegative() ? Duration.ZERO : ready.minus(sinceStart);
        if (cap != null && waited.compareTo(cap) > 0) {
            state.recordDeadAir(action.identifier(), action.type(), "waits " + cap.toSeconds() + " s for asynchronous " + name
                    + ": still running", cap);
            return Optional.of(new Result(null, false));
        }
        LambdaResponseCheck check = answer == null
                ? LambdaResponseCheck.of(null, null, took, invocation.limit(), invocation.stringMap())
                : LambdaResponseCheck.of(answer.failure(), answer.response(), took, invocation.limit(), invocation.stringMap());
        if (state.asyncInvocations.firstReport(invocation.invocationId())) {
            state.addLambdaCall(new LambdaCall(invocation.actionId(), invocation.functionArn(), invocation.event(),
                    answer == null ? null : answer.response(), took, check.outcome(), check.detail()));
            if (!check.ok()) {
                state.warn(action.identifier(), "asynchronous Lambda " + name + " " + check.outcome() + ": " + check.detail());
            }
        }
        state.recordDeadAir(action.identifier(), action.type(), "waits for asynchronous " + name + ": " + check.summary(), waited);
        return Optional.of(new Result(check, check.outcome() != LambdaCallOutcome.TIMED_OUT));
    }

    /** The answer, waiting in real time no longer than the invocation has left (or {@code cap}); null when none came. */
    private AsyncInvocations.Answer answer(AsyncInvocations.Invocation invocation, Duration cap) {
        long left = invocation.limit().toNanos() - (clock.nanoTime() - invocation.startedNanos());
        if (cap != null) {
            left = Math.min(left, cap.toNanos());
        }
        try {
            return invocation.answer().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return invocation.answer().getNow(null);
        } catch (ExecutionException e) {
            return new AsyncInvocations.Answer(null, String.valueOf(e.getCause()), clock.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulationInterruptedException();
        }
    }
}
