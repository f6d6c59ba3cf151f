package io.switchboard.flows.validation;

import io.switchboard.flows.FlowDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a flow against AWS's Flow Language reference ({@link ActionCatalog}: every documented action
 * type with its parameters, conditions, errors, endings and flow types) and lints what a caller would
 * notice. {@link Severity#ERROR} findings are what Connect's CreateContactFlow would refuse;
 * {@link Severity#WARNING} findings deploy but are likely mistakes. Every finding names its AWS page.
 */
public final class FlowValidator {

    private final List<FlowRule> rules;

    public FlowValidator() {
        ActionCatalog catalog = ActionCatalog.standard();
        rules = List.of(
                new DocumentRule(),
                new IdentifierRule(),
                new ActionTypeRule(catalog),
                new ParameterRule(catalog),
                new BranchRule(catalog),
                new TransitionRule(catalog),
                new ReachabilityRule(),
                new FlowTypeRule(catalog),
                new PromptRule(),
                new MessageLoopRule(),
                new InvokeLambdaRule(),
                new GetParticipantInputRule(),
                new WaitRule(),
                new FlowAttributesRule(),
                new LoopCapRule());
    }

    /** Every finding, errors and warnings; an empty list means the flow is clean. */
    public List<FlowProblem> validate(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowRule rule : rules) {
            problems.addAll(rule.check(flow));
        }
        return problems;
    }

    /** Only the findings Connect would refuse the flow for; empty means it can be deployed. */
    public List<FlowProblem> errors(FlowDocument flow) {
        return validate(flow).stream().filter(FlowProblem::isError).toList();
    }
}
