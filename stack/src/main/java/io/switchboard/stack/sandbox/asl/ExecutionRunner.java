package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Walks an execution from StartAt (or, redriven, from the state that did not succeed) to its end on a pool thread. */
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
            Execution.ResumePoint from = execution.resumePoint();
            JsonNode output = StateMachineWalker.walk(execution.definition(), from.state(), from.input(), scope, execution::entering);
            execution.succeed(output);
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
