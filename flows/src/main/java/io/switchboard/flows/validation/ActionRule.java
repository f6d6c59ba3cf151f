package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.ArrayList;
import java.util.List;

/** A rule about the actions of one type: it sees each such action in turn. */
abstract class ActionRule implements FlowRule {
    private final String type;

    ActionRule(String type) {
        this.type = type;
    }

    @Override
    public final List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowAction action : flow.actions()) {
            if (type.equals(action.type())) {
                check(action, problems);
            }
        }
        return problems;
    }

    /** Adds what is wrong with {@code action} (an action of this rule's type) to {@code problems}. */
    abstract void check(FlowAction action, List<FlowProblem> problems);

    /**
     * A parameter that must be a whole number in {@code min..max}: "NAME must be min..max[rangeNote], found n",
     * or "NAME must be a whole number[unit], found "value"".
     */
    static void checkWholeNumber(String id, String name, String value, long min, long max, String rangeNote, String unit,
                                 List<FlowProblem> problems) {
        try {
            long number = Long.parseLong(value.trim());
            if (number < min || number > max) {
                problems.add(new FlowProblem(id, name + " must be " + min + ".." + max + rangeNote + ", found " + number));
            }
        } catch (NumberFormatException e) {
            problems.add(new FlowProblem(id, name + " must be a whole number" + unit + ", found \"" + value + "\""));
        }
    }
}
