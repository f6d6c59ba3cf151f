package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs one state: records its events and returns its output and the next state. */
interface StateRunner<S extends State> {

    StepResult run(S state, JsonNode input, ExecutionScope scope) throws InterruptedException;

    /** Runs any state with the runner for its type. */
    static StepResult dispatch(State state, JsonNode input, ExecutionScope scope) throws InterruptedException {
        if (state instanceof State.Task task) {
            return new TaskStateRunner().run(task, input, scope);
        }
        if (state instanceof State.Pass pass) {
            return new PassStateRunner().run(pass, input, scope);
        }
        if (state instanceof State.Choice choice) {
            return new ChoiceStateRunner().run(choice, input, scope);
        }
        if (state instanceof State.Wait wait) {
            return new WaitStateRunner().run(wait, input, scope);
        }
        if (state instanceof State.Map map) {
            return new MapStateRunner().run(map, input, scope);
        }
        if (state instanceof State.Succeed succeed) {
            return TerminalStateRunners.succeed(succeed, input, scope);
        }
        return TerminalStateRunners.fail((State.Fail) state, input, scope);
    }
}
