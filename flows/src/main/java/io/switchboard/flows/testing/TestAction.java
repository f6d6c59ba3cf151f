package io.switchboard.flows.testing;

import io.switchboard.flows.simulator.LambdaMock;
import java.util.Map;

/**
 * What the test does when an observation's event is seen
 * (<a href="https://docs.aws.amazon.com/connect/latest/APIReference/testing-language-actions.html">Actions</a>).
 */
public sealed interface TestAction {

    String identifier();

    /** {@code SendInstruction} {@code DtmfInput}: the caller presses keys. */
    record SendDtmf(String identifier, String digits) implements TestAction {
    }

    /** {@code SendInstruction} {@code TextUtterance}: the caller says something. */
    record SendUtterance(String identifier, String text) implements TestAction {
    }

    /** {@code Assert}: {@code Namespace} (a {@code $.} path) compared by {@code Operator} with {@code Operand}. */
    record Assertion(String identifier, String namespace, AssertOperator operator, String operand) implements TestAction {
    }

    /**
     * {@code OverrideSystemBehavior} on {@code InvokeLambdaFunction}: the next call to the function is
     * answered by {@code mock}, or goes to {@code substituteArn} instead (exactly one is set).
     *
     * @param effect what happens to the call, in words ("answers result {...}", "times out ...")
     */
    record LambdaOverride(String identifier, String functionArn, LambdaMock mock, String substituteArn, String effect)
            implements TestAction {
    }

    /**
     * {@code OverrideSystemBehavior} on {@code CheckHoursOfOperation}: the check answers {@code InHours}
     * ({@code open} true), {@code OutOfHours} (false) or an error ({@code error} set).
     */
    record HoursOverride(String identifier, String hoursOfOperationId, Boolean open, String error) implements TestAction {
    }

    /** {@code OverrideSystemBehavior} on {@code TransferContactToQueue}: the transfer fails with {@code error}. */
    record QueueOverride(String identifier, String queueId, String error) implements TestAction {
    }

    /** {@code TestControl} {@code EndTest}. */
    record EndTest(String identifier) implements TestAction {
    }

    /** {@code TestControl} {@code LogData}: label → {@code $.} path, reported with the results. */
    record LogData(String identifier, Map<String, String> expressions) implements TestAction {
        public LogData {
            expressions = Map.copyOf(expressions);
        }
    }

    /** A well-formed action the offline simulator cannot carry out; {@code reason} says why. */
    record NotReproducible(String identifier, String type, String reason) implements TestAction {
    }
}
