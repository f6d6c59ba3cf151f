package io.switchboard.flows.validation;

import io.switchboard.flows.FlowDocument;
import java.util.ArrayList;
import java.util.List;

/** Version, StartAction, the action count and the content size: what CreateContactFlow checks first. */
final class DocumentRule implements FlowRule {

    static final int MAX_ACTIONS = 250;
    static final int MAX_CONTENT_CHARS = 256_000;
    static final String LANGUAGE_PAGE = "https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html";
    static final String CREATE_PAGE = "https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContactFlow.html";

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        if (!FlowDocument.SUPPORTED_VERSION.equals(flow.version())) {
            problems.add(FlowProblem.error(null, "Version must be \"" + FlowDocument.SUPPORTED_VERSION
                    + "\", found " + quoted(flow.version()), LANGUAGE_PAGE));
        }
        String start = flow.startAction();
        if (start == null || start.isEmpty()) {
            problems.add(FlowProblem.error(null, "StartAction is missing", LANGUAGE_PAGE));
        } else if (flow.action(start).isEmpty()) {
            problems.add(FlowProblem.error(null, "StartAction '" + start + "' is not an action of this flow", LANGUAGE_PAGE));
        }
        if (!flow.root().path("Actions").isArray() || flow.actions().isEmpty()) {
            problems.add(FlowProblem.error(null, "Actions must be a non-empty array", LANGUAGE_PAGE));
        }
        if (flow.actions().size() > MAX_ACTIONS) {
            problems.add(FlowProblem.error(null, "a flow may have at most " + MAX_ACTIONS + " actions, this one has "
                    + flow.actions().size(), LANGUAGE_PAGE));
        }
        int length = flow.text().length();
        if (length > MAX_CONTENT_CHARS) {
            problems.add(FlowProblem.error(null, "content is " + length + " characters; Connect accepts at most "
                    + MAX_CONTENT_CHARS + " (compact form: " + flow.compactText().length() + ")", CREATE_PAGE));
        }
        return problems;
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "\"" + value + "\"";
    }
}
