package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.List;

/**
 * Wait: every event in {@code Events} needs its own Equals condition (the reference). The reference names
 * the time limit {@code TimeoutSeconds}; flows the console exports use {@code TimeLimitSeconds}, so the
 * reference's spelling is a warning (a public project found the service refusing it, 2026).
 */
final class WaitRule extends ActionRule {

    WaitRule() {
        super("Wait");
    }

    @Override
    void check(FlowDocument flow, FlowAction action, List<FlowProblem> problems) {
        String id = action.identifier();
        if (action.hasParameter("TimeoutSeconds") && !action.hasParameter("TimeLimitSeconds")) {
            problems.add(FlowProblem.warning(id, "Wait's limit is written TimeLimitSeconds by the console "
                    + "(the reference's TimeoutSeconds has been refused by the service): use TimeLimitSeconds", page()));
        }
        for (var event : action.parameters().path("Events")) {
            boolean handled = action.transitions().conditions().stream()
                    .anyMatch(c -> "Equals".equals(c.operator()) && c.operands().equals(List.of(event.asText())));
            if (!handled) {
                problems.add(FlowProblem.error(id, "Wait needs a condition Equals " + event.asText()
                        + " for its event " + event.asText(), page()));
            }
        }
    }
}
