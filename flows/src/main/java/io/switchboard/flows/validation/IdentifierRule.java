package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Identifiers: present, unique, at most 50 characters, no forbidden characters, no reserved names. */
final class IdentifierRule implements FlowRule {

    static final int MAX_LENGTH = 50;
    static final String FORBIDDEN = "%:(\\/)=$,;[]{}";
    static final Set<String> RESERVED = Set.of("__proto__", "constructor");

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (FlowAction action : flow.actions()) {
            position++;
            String id = action.identifier();
            if (id.isEmpty()) {
                problems.add(FlowProblem.ofDocument("action #" + position + " (" + action.type() + ") has no Identifier"));
                continue;
            }
            if (!seen.add(id)) {
                problems.add(new FlowProblem(id, "Identifier is used by more than one action"));
            }
            if (id.length() > MAX_LENGTH) {
                problems.add(new FlowProblem(id, "Identifier is " + id.length() + " characters; at most " + MAX_LENGTH));
            }
            for (char c : id.toCharArray()) {
                if (FORBIDDEN.indexOf(c) >= 0) {
                    problems.add(new FlowProblem(id, "Identifier contains the forbidden character '" + c + "'"));
                }
            }
            if (RESERVED.contains(id)) {
                problems.add(new FlowProblem(id, "Identifier '" + id + "' is a reserved name"));
            }
            if (action.type().isEmpty()) {
                problems.add(new FlowProblem(id, "action has no Type"));
            }
        }
        return problems;
    }
}
