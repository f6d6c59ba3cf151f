package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.Map;

/**
 * ShowView (participant-actions-showview): shows a view (a form, a page) to the agent or customer and
 * branches on the action they take in it. Answers come from {@link ServiceMocks#viewActions()} by view
 * id, ARN or name; by default nobody acts, which takes NoMatchingCondition if the block has it, else
 * its Error branch — and the transcript says so.
 */
final class ShowViewExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String view = state.references(action.identifier()).value(action.textParameter("ViewResource")
                .or(() -> action.textParameter("ViewArn")).orElse(action.parameters().path("ViewResource").path("Id").asText("")));
        Map<String, String> answers = state.surroundings.services().viewActions();
        var chosen = Surroundings.lookup(answers, view);
        if (chosen.isEmpty()) {
            state.record(action.identifier(), action.type(), StepKind.BRANCH, "view " + (view.isBlank() ? "(unnamed)" : view)
                    + " shown; nobody acts on it in the simulation", Duration.ZERO);
            return Branches.firstError(action, "no action taken in the view", "NoMatchingCondition", "TimeLimitExceeded", "NoMatchingError");
        }
        String taken = chosen.get();
        var branch = Branches.matching(action, taken);
        state.record(action.identifier(), action.type(), StepKind.BRANCH, "view " + view + ": action " + taken
                + branch.map(c -> "").orElse(" (no condition for it)"), Duration.ZERO);
        return branch.map(c -> ActionOutcome.goTo(c.nextAction()))
                .orElseGet(() -> Branches.firstError(action, "no condition for " + taken, "NoMatchingCondition", "NoMatchingError"));
    }
}
