package io.switchboard.stack.sandbox.stepfunctions;

import java.util.regex.Pattern;

/** State machine and execution ARNs of one sandbox region and account. */
final class Arns {
    private static final Pattern FORBIDDEN_IN_NAME = Pattern.compile("[\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]");

    private final String region;
    private final String account;

    Arns(String region, String account) {
        this.region = region;
        this.account = account;
    }

    String stateMachine(String name) {
        return "arn:aws:states:" + region + ":" + account + ":stateMachine:" + name;
    }

    String execution(String stateMachineName, String executionName) {
        return "arn:aws:states:" + region + ":" + account + ":execution:" + stateMachineName + ":" + executionName;
    }

    /** Checks the shape of a state machine ARN (InvalidArn), without looking it up. */
    static void requireStateMachineArn(String arn) {
        requireArn(arn, "stateMachine", 7);
    }

    static void requireExecutionArn(String arn) {
        requireArn(arn, "execution", 8);
    }

    private static void requireArn(String arn, String resource, int parts) {
        String[] split = arn == null ? new String[0] : arn.split(":", -1);
        if (split.length != parts || !arn.startsWith("arn:aws:states:") || !split[5].equals(resource)
                || split[split.length - 1].isEmpty()) {
            throw new SfnException("InvalidArn", "Invalid Arn: 'Resource type not valid in this context: " + arn + "'");
        }
    }

    /** Step Functions' naming rule for state machines and executions (1-80 characters, no specials). */
    static void requireValidName(String name, String what) {
        if (name == null || name.isEmpty() || name.length() > 80 || FORBIDDEN_IN_NAME.matcher(name).find()) {
            throw new SfnException("InvalidName", "Invalid Name: '" + name + "' (" + what
                    + " names are 1-80 characters without spaces, brackets, wildcards or special characters)");
        }
    }
}
