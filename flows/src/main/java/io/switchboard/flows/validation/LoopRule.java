package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.References;
import io.switchboard.flows.Transitions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loop needs exactly the ContinueLooping and DoneLooping conditions and a LoopCount of 0..100. */
final class LoopRule extends ActionRule {

    private static final Set<String> RESULTS = Set.of("ContinueLooping", "DoneLooping");

    LoopRule() {
        super("Loop");
    }

    @Override
    void check(FlowAction action, List<FlowProblem> problems) {
        String id = action.identifier();
        for (String result : RESULTS) {
            boolean present = action.transitions().conditions().stream()
                    .anyMatch(c -> "Equals".equals(c.operator()) && c.operands().equals(List.of(result)));
            if (!present) {
                problems.add(new FlowProblem(id, "Loop needs a condition Equals " + result));
            }
        }
        for (Transitions.ConditionBranch c : action.transitions().conditions()) {
            if (!"Equals".equals(c.operator()) || c.operands().size() != 1 || !RESULTS.contains(c.operands().get(0))) {
                problems.add(new FlowProblem(id, "Loop allows only Equals ContinueLooping / DoneLooping, found "
                        + c.operator() + " " + c.operands()));
            }
        }
        checkLoopCount(id, action.textParameter("LoopCount"), problems);
    }

    private static void checkLoopCount(String id, Optional<String> loopCount, List<FlowProblem> problems) {
        if (loopCount.isEmpty()) {
            problems.add(new FlowProblem(id, "Loop has no LoopCount"));
            return;
        }
        String value = loopCount.get();
        if (References.isReference(value)) {
            return;
        }
        checkWholeNumber(id, "LoopCount", value, 0, 100, "", "", problems);
    }
}
