package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The error branches Connect's service insists on. CreateContactFlow / UpdateContactFlowContent
 * refuse a document whose action lacks one, so a missing branch is a deployment failure, not a style issue.
 *
 * <p>Where this table and AWS's Flow Language reference disagree, the table follows what the live
 * service accepted: findings from a public project that created flows against the live service
 * (2026). Those entries are marked "service, not reference" below. Types not listed here require
 * no error branch: UpdateFlowLoggingBehavior, Loop (a NoMatchingError is tolerated),
 * UpdateContactTextToSpeechVoice (NoMatchingError optional), UpdateContactRecordingBehavior and
 * UpdateContactRoutingBehavior. DisconnectParticipant is terminal and allows no transitions at all;
 * {@link TransitionRule} reports that.
 */
final class ErrorBranchRule implements FlowRule {

    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            // The reference calls NoMatchingCondition the "no match" branch; the service requires it.
            Map.entry("Compare", List.of("NoMatchingCondition")),
            // Both, as the reference lists them.
            Map.entry("TransferContactToQueue", List.of("QueueAtCapacity", "NoMatchingError")),
            // Service, not reference: the reference says "no errors", the service refuses the block without it.
            Map.entry("UpdateFlowAttributes", List.of("NoMatchingError")),
            // Service, not reference: the reference's Wait page lists no required error.
            Map.entry("Wait", List.of("NoMatchingError")),
            Map.entry("MessageParticipant", List.of("NoMatchingError")),
            Map.entry("InvokeLambdaFunction", List.of("NoMatchingError")),
            Map.entry("UpdateContactAttributes", List.of("NoMatchingError")),
            Map.entry("UpdateContactTargetQueue", List.of("NoMatchingError")),
            // Service, not reference, for the five below (the service-tested list names them).
            Map.entry("GetParticipantInput", List.of("NoMatchingError")),
            Map.entry("TagContact", List.of("NoMatchingError")),
            Map.entry("UntagContact", List.of("NoMatchingError")),
            Map.entry("UpdateContactData", List.of("NoMatchingError")),
            Map.entry("UpdateContactEventHooks", List.of("NoMatchingError")));

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowAction action : flow.actions()) {
            for (String errorType : REQUIRED.getOrDefault(action.type(), List.of())) {
                if (action.transitions().errorTarget(errorType).isEmpty()) {
                    problems.add(new FlowProblem(action.identifier(), action.type() + " needs an Errors branch for "
                            + errorType + "; Connect refuses the flow without it"));
                }
            }
        }
        return problems;
    }
}
