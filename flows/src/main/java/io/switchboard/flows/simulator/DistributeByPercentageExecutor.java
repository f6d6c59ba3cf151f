package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

/**
 * DistributeByPercentage (flow-control-actions-distributebypercentage): Connect draws a number from 1 to
 * 100 and the chain of NumberLessThan conditions picks the branch; no match takes NoMatchingCondition.
 * The simulation draws the number from the contact id, so a replay of the same contact takes the same
 * branch (give the contact another id to try another).
 */
final class DistributeByPercentageExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        int roll = Math.floorMod(state.contact.contactId().hashCode(), 100) + 1;
        var branch = Branches.matching(action, String.valueOf(roll));
        state.record(action.identifier(), action.type(), StepKind.BRANCH, "drew " + roll + " of 100 (from the contact id)"
                + branch.map(c -> ": " + c.operator() + " " + c.operands()).orElse(": no condition met"), Duration.ZERO);
        return branch.map(c -> ActionOutcome.goTo(c.nextAction()))
                .orElseGet(() -> ActionOutcome.error("NoMatchingCondition", "drew " + roll));
    }
}
