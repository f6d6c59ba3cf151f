package io.switchboard.flows.testing;

/** Evaluates an {@code Assert} action against the call at the moment its observation matched. */
final class AssertionCheck {

    private AssertionCheck() {
    }

    static ActionResult check(TestAction.Assertion assertion, CallFacts facts, int moment) {
        CallFacts.Fact fact = facts.at(assertion.namespace(), moment);
        String description = describe(assertion);
        String expected = assertion.operator() + (assertion.operator().needsOperand() ? " \"" + assertion.operand() + "\"" : "");
        if (!fact.known()) {
            return new ActionResult(assertion.identifier(), description, Verdict.NOT_REPRODUCIBLE_OFFLINE, expected, fact.note());
        }
        boolean holds = assertion.operator().holds(fact.value(), assertion.operand());
        return new ActionResult(assertion.identifier(), description, holds ? Verdict.PASSED : Verdict.FAILED, expected,
                facts.describe(fact).orElse(""));
    }

    static String describe(TestAction.Assertion assertion) {
        return "assert " + assertion.namespace() + " " + assertion.operator()
                + (assertion.operator().needsOperand() ? " \"" + assertion.operand() + "\"" : "");
    }
}
