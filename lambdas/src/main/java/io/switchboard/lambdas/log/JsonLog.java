package io.switchboard.lambdas.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;

/**
 * One-line JSON log records (CloudWatch Logs Insights can query them), always carrying the ContactId
 * when known. Field values are written as strings, except maps and lists, which stay nested JSON (numbers
 * inside them stay numbers). Phone numbers go through {@link #maskNumber} before they reach a log — the
 * one exception is the record of a call the call log could not write ({@code UnsavedCallLine}).
 */
public final class JsonLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String component;
    private final PrintStream out;

    public JsonLog(String component) {
        this(component, System.err);
    }

    public JsonLog(String component, PrintStream out) {
        this.component = component;
        this.out = out;
    }

    public void info(String message, Map<String, ?> fields) {
        write("INFO", message, fields);
    }

    public void warn(String message, Map<String, ?> fields) {
        write("WARN", message, fields);
    }

    public void error(String message, Map<String, ?> fields) {
        write("ERROR", message, fields);
    }

    private void write(String level, String message, Map<String, ?> fields) {
        ObjectNode line = JSON.createObjectNode()
                .put("time", Instant.now().toString())
                .put("level", level)
                .put("component", component)
                .put("message", message);
        fields.forEach((k, v) -> {
            if (v instanceof Map<?, ?> || v instanceof Iterable<?>) {
                line.set(k, JSON.valueToTree(v));
            } else {
                line.put(k, String.valueOf(v));
            }
        });
        out.println(line);
    }

    /** {@code +18003569377} → {@code +1800***9377}: enough to recognise, not enough to dial. */
    public static String maskNumber(String number) {
        if (number == null || number.length() <= 6) {
            return "***";
        }
        return number.substring(0, Math.min(5, number.length() - 4)) + "***" + number.substring(number.length() - 4);
    }
}
