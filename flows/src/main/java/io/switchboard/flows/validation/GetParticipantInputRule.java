package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.List;

/**
 * GetParticipantInput's page: NoMatchingError must always be defined; with {@code StoreInput} "True"
 * there is no result to compare (no Conditions) and InputValidation is required; encryption needs
 * CustomValidation.
 */
final class GetParticipantInputRule extends ActionRule {

    GetParticipantInputRule() {
        super("GetParticipantInput");
    }

    @Override
    void check(FlowDocument flow, FlowAction action, List<FlowProblem> problems) {
        String id = action.identifier();
        if (action.transitions().errorTarget("NoMatchingError").isEmpty()) {
            problems.add(FlowProblem.error(id, "GetParticipantInput needs an Errors branch for NoMatchingError "
                    + "(the reference: \"Must always be defined\")", page()));
        }
        boolean stored = "true".equalsIgnoreCase(action.textParameter("StoreInput").orElse("False"));
        if (stored && !action.transitions().conditions().isEmpty()) {
            problems.add(FlowProblem.error(id, "with StoreInput True the input is stored, not compared: remove the Conditions",
                    page()));
        }
        if (stored && !action.hasParameter("InputValidation")) {
            problems.add(FlowProblem.error(id, "with StoreInput True, GetParticipantInput needs InputValidation", page()));
        }
        if (action.hasParameter("InputEncryption")
                && !action.parameters().path("InputValidation").has("CustomValidation")) {
            problems.add(FlowProblem.error(id, "InputEncryption needs InputValidation.CustomValidation", page()));
        }
    }
}
