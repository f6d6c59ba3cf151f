package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

/**
 * CreateTask (contact-actions createtask): creates a task contact that starts {@code ContactFlowId}.
 * The simulation creates no tasks unless {@link ServiceMocks#tasksCreated()} says so; by default the
 * block takes its Error branch and the transcript says why.
 */
final class CreateTaskExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String name = state.references(action.identifier()).value(action.textParameter("Name").orElse("(unnamed)"));
        if (!state.surroundings.services().tasksCreated()) {
            state.record(action.identifier(), action.type(), StepKind.BRANCH,
                    "task \"" + name + "\" not created: the simulation creates no tasks (Error branch)", Duration.ZERO);
            return ActionOutcome.error("NoMatchingError", "tasks are not created in this simulation");
        }
        state.record(action.identifier(), action.type(), StepKind.SETTING, "task \"" + name + "\" created", Duration.ZERO);
        return ActionOutcome.next();
    }
}
