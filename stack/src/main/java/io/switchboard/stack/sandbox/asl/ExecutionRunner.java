package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Walks an execution from StartAt to its end on a pool thread. */
final class ExecutionRunner implements Runnable {
    private final Execution execution;
    private final ExecutionScope scope;

    ExecutionRunner(Execution execution, ExecutionScope scope) {
        this.execution = execution;
        this.scope = scope;
    }

    @Override
    public void run() {
        execution.attachWorker(Thread.currentThread());
        try {
            JsonNode data = execution.identity().input();
            String next = execution.definition().startAt();
            while (next != null && !execution.isClosed()) {
                State state = execution.definition().state(next);
                long enteredEventId = execution.history().size() + 1L;
                StepResult step;
                try {
                    step = StateRunner.dispatch(state, data, scope);
                } catch (StatesError e) {
                    throw e.inState(state.name(), enteredEventId);
                }
                data = step.output();
                next = step.next();
            }
            execution.succeed(data);
        } catch (StatesError e) {
            execution.fail(e.error(), e.cause());
        } catch (InterruptedException e) {
            // Stopped or timed out: whoever interrupted us has already recorded the closing event.
        } catch (RuntimeException e) {
            execution.fail(StatesError.RUNTIME, String.valueOf(e));
        } finally {
            execution.detachWorker();
            Thread.interrupted();
        }
    }
}
