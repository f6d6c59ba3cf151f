package io.switchboard.dynamodb.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an answer with what AWS recorded, normalising only what the recording itself masked:
 * {@code <table-name:1>}-style placeholders (table names, uuids, partition, region) match any text,
 * the recording's account {@code 111111111111} any account, {@code "datetime"} any timestamp.
 * Binary values, which the recording keeps as Python byte literals ({@code b'\x90'}), are compared as
 * bytes. Everything else must be equal: the same members, no more, no fewer.
 */
final class RecordedMatch {
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]+>|111111111111");

    private RecordedMatch() {
    }

    /** Where {@code actual} differs from {@code recorded}, one line per difference; empty when they agree. */
    static List<String> differences(JsonNode recorded, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare(recorded, actual, "$", out);
        return out;
    }

    private static void compare(JsonNode recorded, JsonNode actual, String path, List<String> out) {
        if (actual == null || actual.isMissingNode()) {
            out.add(path + ": missing (AWS: " + recorded + ")");
        } else if (recorded.isObject()) {
            if (!actual.isObject()) {
                out.add(path + ": " + actual + " (AWS: " + recorded + ")");
                return;
            }
            List<String> unmatched = new ArrayList<>();
            actual.fieldNames().forEachRemaining(unmatched::add);
            for (Iterator<Map.Entry<String, JsonNode>> it = recorded.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String name = unmatched.stream().filter(n -> textMatches(member.getKey(), n)).findFirst().orElse(null);
                if (name == null) {
                    out.add(path + "." + member.getKey() + ": missing (AWS: " + member.getValue() + ")");
                    continue;
                }
                unmatched.remove(name);
                if (member.getKey().equals("B") && member.getValue().isTextual()) {
                    compareBinary(member.getValue().asText(), actual.get(name), path + ".B", out);
                } else if (member.getKey().equals("BS") && member.getValue().isArray()) {
                    compareBinarySet(member.getValue(), actual.get(name), path + ".BS", out);
                } else {
                    compare(member.getValue(), actual.get(name), path + "." + member.getKey(), out);
                }
            }
            unmatched.forEach(name -> out.add(path + "." + name + ": not in AWS's answer (" + actual.get(name) + ")"));
        } else if (recorded.isArray()) {
            if (!actual.isArray() || actual.size() != recorded.size()) {
                out.add(path + ": " + actual + " (AWS: " + recorded + ")");
                return;
            }
            for (int i = 0; i < recorded.size(); i++) {
                compare(recorded.get(i), actual.get(i), path + "[" + i + "]", out);
            }
        } else if (recorded.isNumber()) {
            if (!actual.isNumber() || recorded.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(path + ": " + actual + " (AWS: " + recorded + ")");
            }
        } else if (recorded.isTextual()) {
            if (!actual.isTextual() || !textMatches(recorded.asText(), actual.asText())) {
                out.add(path + ": " + actual + " (AWS: " + recorded + ")");
            }
        } else if (!recorded.equals(actual)) {
            out.add(path + ": " + actual + " (AWS: " + recorded + ")");
        }
    }

    /** The recording's text, its masks matching anything ("datetime" only a timestamp). */
    static boolean textMatches(String recorded, String actual) {
        if (recorded.equals("datetime")) {
            return actual.equals("datetime") || isTimestamp(actual);
        }
        Matcher masks = PLACEHOLDER.matcher(recorded);
        StringBuilder pattern = new StringBuilder();
        int last = 0;
        while (masks.find()) {
            pattern.append(Pattern.quote(recorded.substring(last, masks.start())));
            pattern.append(masks.group().equals("111111111111") ? "\\d{12}" : ".+?");
            last = masks.end();
        }
        if (last == 0) {
            return recorded.equals(actual);
        }
        pattern.append(Pattern.quote(recorded.substring(last)));
        return Pattern.compile(pattern.toString(), Pattern.DOTALL).matcher(actual).matches();
    }

    private static boolean isTimestamp(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void compareBinary(String recorded, JsonNode actual, String path, List<String> out) {
        String expected = Base64.getEncoder().encodeToString(pythonBytes(recorded));
        if (actual == null || !actual.isTextual() || !actual.asText().equals(expected)) {
            out.add(path + ": " + actual + " (AWS: " + recorded + ", base64 " + expected + ")");
        }
    }

    private static void compareBinarySet(JsonNode recorded, JsonNode actual, String path, List<String> out) {
        if (actual == null || !actual.isArray() || actual.size() != recorded.size()) {
            out.add(path + ": " + actual + " (AWS: " + recorded + ")");
            return;
        }
        for (int i = 0; i < recorded.size(); i++) {
            compareBinary(recorded.get(i).asText(), actual.get(i), path + "[" + i + "]", out);
        }
    }

    /** The bytes of a Python bytes literal as Python prints it: {@code b'foo\x90'}, {@code b"it's"}. */
    static byte[] pythonBytes(String literal) {
        if (literal.length() < 3 || literal.charAt(0) != 'b') {
            throw new IllegalArgumentException("not a Python bytes literal: " + literal);
        }
        String body = literal.substring(2, literal.length() - 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                bytes.write(c);
                continue;
            }
            char escape = body.charAt(++i);
            switch (escape) {
                case 'x' -> {
                    bytes.write(Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'n' -> bytes.write('\n');
                case 'r' -> bytes.write('\r');
                case 't' -> bytes.write('\t');
                default -> bytes.write(escape);
            }
        }
        return bytes.toByteArray();
    }
}
