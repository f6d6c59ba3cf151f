package io.switchboard.stack.template;

/**
 * Lambda's ways of naming a function: {@code name}, {@code name:qualifier},
 * {@code arn:aws:lambda:REGION:ACCOUNT:function:name} and the same ARN with {@code :qualifier}.
 */
public final class FunctionNames {
    private FunctionNames() {
    }

    /** The function name or unqualified ARN, without any version or alias qualifier. */
    public static String unqualified(String nameOrArn) {
        String[] parts = nameOrArn.split(":", -1);
        if (nameOrArn.startsWith("arn:")) {
            return parts.length > 7 ? String.join(":", java.util.Arrays.copyOf(parts, 7)) : nameOrArn;
        }
        return parts[0];
    }

    /** The qualifier ({@code $LATEST}, a version or an alias) in the name or ARN, or null. */
    public static String qualifier(String nameOrArn) {
        String[] parts = nameOrArn.split(":", -1);
        if (nameOrArn.startsWith("arn:")) {
            return parts.length > 7 ? parts[7] : null;
        }
        return parts.length > 1 ? parts[1] : null;
    }
}
