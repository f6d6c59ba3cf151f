package io.switchboard.flows.validation;

import io.switchboard.flows.FlowDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a flow against the Flow Language limits Connect enforces when a flow is created or
 * published (including the error branches the service requires, which its reference gets wrong in
 * places), plus the mistakes we have seen in practice (SSML in {@code Text}, a Loop that never ends).
 * An empty result means the flow is clean.
 */
public final class FlowValidator {

    private final List<FlowRule> rules = List.of(
            new DocumentRule(),
            new IdentifierRule(),
            new TransitionRule(),
            new ReachabilityRule(),
            new LoopRule(),
            new MessageParticipantRule(),
            new InvokeLambdaRule(),
            new CompareRule(),
            new ErrorBranchRule(),
            new WaitRule(),
            new FlowAttributesRule());

    public List<FlowProblem> validate(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowRule rule : rules) {
            problems.addAll(rule.check(flow));
        }
        return problems;
    }
}
