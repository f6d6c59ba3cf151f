package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Identifiers: present, unique, at most 50 characters, no forbidden characters, no reserved names; every action has a Type. */
final class IdentifierRule implements FlowRule {

    static final int MAX_LENGTH = 50;
    static final String FORBIDDEN = "%:(\\/)=$,;[]{}";
    static final Set<String> RESERVED = Set.of("__proto__", "constructor", "__defineGetter__", "__defineSetter__",
            "toString", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "valueOf");
    private static final String PAGE = ActionCatalog.ACTIONS_PAGE;

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (FlowAction action : flow.actions()) {
            position++;
            String id = action.identifier();
            if (id.isEmpty()) {
                problems.add(FlowProblem.error(null, "action #" + position + " (" + action.type() + ") has no Identifier", PAGE));
                continue;
            }
            if (!seen.add(id)) {
                problems.add(FlowProblem.error(id, "Identifier is used by more than one action", PAGE));
            }
            if (id.length() > MAX_LENGTH) {
                problems.add(FlowProblem.error(id, "Identifier is " + id.length() + " characters; at most " + MAX_LENGTH, PAGE));
            }
            for (char c : id.toCharArray()) {
                if (FORBIDDEN.indexOf(c) >= 0) {
                    problems.add(FlowProblem.error(id, "Identifier contains the forbidden character '" + c + "'", PAGE));
                }
            }
            if (RESERVED.contains(id)) {
                problems.add(FlowProblem.error(id, "Identifier '" + id + "' is a reserved name", PAGE));
            }
            if (action.type().isEmpty()) {
                problems.add(FlowProblem.error(id, "action has no Type", PAGE));
            }
        }
        return problems;
    }
}
