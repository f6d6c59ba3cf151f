package io.switchboard.lambdas.async;

import java.util.regex.Pattern;

/**
 * Names and ARNs of the wrapper's Step Functions executions (docs/decisions/0003). The name is
 * derived from the contact, so Connect's retries of the first call reuse it and StartExecution stays
 * idempotent.
 */
public final class ExecutionName {
    /** Step Functions' limit on execution names. */
    public static final int MAX_LENGTH = 80;
    public static final String DEFAULT_STEP = "main";

    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9_-]");
    private static final Pattern EXECUTION_ARN =
            Pattern.compile("arn:aws[a-z-]*:states:[a-z0-9-]+:\\d{12}:execution:[^:\\s]{1,80}:[^:\\s]{1,80}");
    private static final Pattern STATE_MACHINE_ARN =
            Pattern.compile("arn:aws[a-z-]*:states:[a-z0-9-]+:\\d{12}:stateMachine:[^:\\s]{1,80}");

    private ExecutionName() {
    }

    /** {@code <contactId>-<step>}, every character outside {@code [A-Za-z0-9-_]} replaced by {@code _}, cut to 80. */
    public static String of(String contactId, String step) {
        String suffix = step == null || step.isBlank() ? DEFAULT_STEP : step.strip();
        String name = NOT_ALLOWED.matcher(contactId.strip() + "-" + suffix).replaceAll("_");
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }

    /**
     * The ARN Step Functions gives an execution called {@code name} of {@code stateMachineArn}:
     * {@code arn:aws:states:<region>:<account>:execution:<stateMachineName>:<name>}.
     */
    public static String executionArn(String stateMachineArn, String name) {
        if (!isStateMachineArn(stateMachineArn)) {
            throw new IllegalArgumentException("not a state machine ARN: '" + stateMachineArn + "'");
        }
        return stateMachineArn.replaceFirst(":stateMachine:", ":execution:") + ":" + name;
    }

    /** The execution's name: the last part of its ARN. */
    public static String nameOf(String executionArn) {
        return executionArn.substring(executionArn.lastIndexOf(':') + 1);
    }

    /** Whether {@code name} is one {@link #of} gives for {@code contactId} (any step). */
    public static boolean isForContact(String name, String contactId) {
        String prefix = NOT_ALLOWED.matcher(contactId.strip() + "-").replaceAll("_");
        return prefix.length() > 1 && name.startsWith(prefix);
    }

    public static boolean isExecutionArn(String value) {
        return value != null && EXECUTION_ARN.matcher(value).matches();
    }

    public static boolean isStateMachineArn(String value) {
        return value != null && STATE_MACHINE_ARN.matcher(value).matches();
    }
}
