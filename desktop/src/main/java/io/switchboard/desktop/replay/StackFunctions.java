package io.switchboard.desktop.replay;

import java.util.Map;
import java.util.TreeMap;

/**
 * The stack's Lambda functions Replay can invoke, read from its outputs (every output whose value is a
 * Lambda function ARN), by a readable name: {@code SlowLookupFunctionAliasArn} is "Slow lookup".
 */
final class StackFunctions {
    private StackFunctions() {
    }

    /** Readable name → the output that holds the function's ARN, sorted by name. */
    static Map<String, String> of(Map<String, String> outputs) {
        Map<String, String> byName = new TreeMap<>();
        outputs.forEach((key, value) -> {
            if (value != null && value.startsWith("arn:") && value.contains(":lambda:") && value.contains(":function:")) {
                byName.put(readable(key), key);
            }
        });
        return byName;
    }

    /** {@code AsyncWrapperFunctionAliasArn} → "Async wrapper". */
    static String readable(String outputKey) {
        String stem = outputKey.replaceFirst("(Function)?(Alias)?Arn$", "");
        String words = stem.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").strip();
        return words.isEmpty() ? outputKey : words.charAt(0) + words.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
