package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An action used in a flow type its page's Restrictions exclude. A warning: the pages say "not supported",
 * and what the service then does (refuse the flow, or take the error branch at run time) is not documented.
 * Skipped when the flow's type is not known.
 */
final class FlowTypeRule implements FlowRule {

    private final ActionCatalog catalog;

    FlowTypeRule(ActionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        Optional<String> flowType = FlowType.of(flow);
        if (flowType.isEmpty()) {
            return List.of();
        }
        String type = flowType.get();
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowAction action : flow.actions()) {
            catalog.spec(action.type()).ifPresent(spec -> {
                boolean excluded = spec.notIn().contains(type) || !spec.onlyIn().isEmpty() && !spec.onlyIn().contains(type);
                if (excluded) {
                    String where = spec.onlyIn().isEmpty() ? "" : " (only in " + String.join(", ", spec.onlyIn()) + ")";
                    problems.add(FlowProblem.warning(action.identifier(), spec.type() + " is not supported in a "
                            + type + " flow" + where, spec.page()));
                }
            });
        }
        return problems;
    }
}
