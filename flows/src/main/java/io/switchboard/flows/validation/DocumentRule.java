package io.switchboard.flows.validation;

import io.switchboard.flows.FlowDocument;
import java.util.ArrayList;
import java.util.List;

/** Version, StartAction, action count and content size. */
final class DocumentRule implements FlowRule {

    static final int MAX_ACTIONS = 250;
    static final int MAX_CONTENT_CHARS = 256_000;

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        if (!FlowDocument.SUPPORTED_VERSION.equals(flow.version())) {
            problems.add(FlowProblem.ofDocument("Version must be \"" + FlowDocument.SUPPORTED_VERSION
                    + "\", found " + quoted(flow.version())));
        }
        String start = flow.startAction();
        if (start == null || start.isEmpty()) {
            problems.add(FlowProblem.ofDocument("StartAction is missing"));
        } else if (flow.action(start).isEmpty()) {
            problems.add(FlowProblem.ofDocument("StartAction '" + start + "' is not an action of this flow"));
        }
        if (!flow.root().path("Actions").isArray() || flow.actions().isEmpty()) {
            problems.add(FlowProblem.ofDocument("Actions must be a non-empty array"));
        }
        if (flow.actions().size() > MAX_ACTIONS) {
            problems.add(FlowProblem.ofDocument("a flow may have at most " + MAX_ACTIONS + " actions, this one has "
                    + flow.actions().size()));
        }
        int length = flow.text().length();
        if (length > MAX_CONTENT_CHARS) {
            problems.add(FlowProblem.ofDocument("content is " + length + " characters; Connect accepts at most "
                    + MAX_CONTENT_CHARS + " (compact form: " + flow.compactText().length() + ")"));
        }
        return problems;
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "\"" + value + "\"";
    }
}
