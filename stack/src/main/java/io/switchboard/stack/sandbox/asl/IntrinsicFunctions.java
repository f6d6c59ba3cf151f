package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The intrinsic functions the sandbox implements; failures raise States.IntrinsicFailure. */
public final class IntrinsicFunctions {
    private static final Map<String, Function<List<JsonNode>, JsonNode>> FUNCTIONS = Map.ofEntries(
            Map.entry("States.Format", IntrinsicFunctions::format),
            Map.entry("States.JsonToString", args -> text(AslJson.write(only(args, "States.JsonToString")))),
            Map.entry("States.StringToJson", args -> stringToJson(only(args, "States.StringToJson"))),
            Map.entry("States.Array", IntrinsicFunctions::array),
            Map.entry("States.ArrayLength", args -> AslJson.NODES.numberNode(arrayArg(args, 0, "States.ArrayLength").size())),
            Map.entry("States.ArrayGetItem", IntrinsicFunctions::arrayGetItem),
            Map.entry("States.ArrayContains", IntrinsicFunctions::arrayContains),
            Map.entry("States.MathAdd", IntrinsicFunctions::mathAdd),
            Map.entry("States.StringSplit", IntrinsicFunctions::stringSplit),
            Map.entry("States.Base64Encode", args -> text(Base64.getEncoder().encodeToString(
                    stringArg(args, 0, "States.Base64Encode").getBytes(StandardCharsets.UTF_8)))),
            Map.entry("States.Base64Decode", args -> text(new String(Base64.getDecoder().decode(
                    stringArg(args, 0, "States.Base64Decode")), StandardCharsets.UTF_8))),
            Map.entry("States.UUID", args -> text(UUID.randomUUID().toString())),
            Map.entry("States.ArrayPartition", IntrinsicFunctions::arrayPartition),
            Map.entry("States.ArrayRange", IntrinsicFunctions::arrayRange),
            Map.entry("States.ArrayUnique", IntrinsicFunctions::arrayUnique),
            Map.entry("States.Hash", IntrinsicFunctions::hash),
            Map.entry("States.JsonMerge", IntrinsicFunctions::jsonMerge),
            Map.entry("States.MathRandom", IntrinsicFunctions::mathRandom));
    private static final int MAX_ARRAY_RANGE = 1000;
    private static final Map<String, String> HASH_ALGORITHMS = Map.of(
            "MD5", "MD5", "SHA-1", "SHA-1", "SHA-256", "SHA-256", "SHA-384", "SHA-384", "SHA-512", "SHA-512");

    private IntrinsicFunctions() {
    }

    public static boolean isSupported(String name) {
        return FUNCTIONS.containsKey(name);
    }

    static JsonNode apply(String name, List<JsonNode> args) {
        try {
            return FUNCTIONS.get(name).apply(args);
        } catch (StatesError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StatesError(StatesError.INTRINSIC_FAILURE, name + ": " + e.getMessage());
        }
    }

    private static JsonNode format(List<JsonNode> args) {
        String template = stringArg(args, 0, "States.Format");
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length()) {
                out.append(template.charAt(++i));
            } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                if (next >= args.size()) {
                    throw failure("States.Format: more placeholders than arguments");
                }
                out.append(formatted(args.get(next++)));
                i++;
            } else {
                out.append(c);
            }
        }
        if (next != args.size()) {
            throw failure("States.Format: more arguments than placeholders");
        }
        return text(out.toString());
    }

    /** How States.Format renders a value: AWS prints objects and arrays as Java maps and lists ({a=1, b=[]}). */
    private static String formatted(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isObject()) {
            StringBuilder out = new StringBuilder("{");
            value.fields().forEachRemaining(field -> out.append(out.length() > 1 ? ", " : "")
                    .append(field.getKey()).append('=').append(formatted(field.getValue())));
            return out.append('}').toString();
        }
        if (value.isArray()) {
            StringBuilder out = new StringBuilder("[");
            value.elements().forEachRemaining(item -> out.append(out.length() > 1 ? ", " : "").append(formatted(item)));
            return out.append(']').toString();
        }
        return AslJson.write(value);
    }

    private static JsonNode stringToJson(JsonNode arg) {
        if (!arg.isTextual()) {
            throw failure("States.StringToJson needs a string argument");
        }
        return arg.asText().isBlank() ? AslJson.NODES.nullNode() : AslJson.parse(arg.asText());
    }

    private static JsonNode array(List<JsonNode> args) {
        ArrayNode array = AslJson.NODES.arrayNode();
        args.forEach(array::add);
        return array;
    }

    private static JsonNode arrayGetItem(List<JsonNode> args) {
        ArrayNode array = arrayArg(args, 0, "States.ArrayGetItem");
        int index = intArg(args, 1, "States.ArrayGetItem");
        if (index < 0 || index >= array.size()) {
            throw failure("States.ArrayGetItem: index " + index + " is out of bounds");
        }
        return array.get(index);
    }

    private static JsonNode arrayContains(List<JsonNode> args) {
        ArrayNode array = arrayArg(args, 0, "States.ArrayContains");
        JsonNode wanted = args.size() > 1 ? args.get(1) : AslJson.NODES.nullNode();
        for (JsonNode item : array) {
            if (JsonValues.same(item, wanted)) {
                return AslJson.NODES.booleanNode(true);
            }
        }
        return AslJson.NODES.booleanNode(false);
    }

    private static JsonNode mathAdd(List<JsonNode> args) {
        if (args.size() != 2) {
            throw failure("States.MathAdd takes two arguments");
        }
        // AWS rounds each argument to the nearest integer, halves towards positive infinity (1.5 → 2, -1.5 → -1).
        return AslJson.NODES.numberNode(roundedArg(args, 0, "States.MathAdd") + roundedArg(args, 1, "States.MathAdd"));
    }

    private static JsonNode mathRandom(List<JsonNode> args) {
        if (args.size() < 2 || args.size() > 3) {
            throw failure("States.MathRandom takes two or three arguments");
        }
        long start = roundedArg(args, 0, "States.MathRandom");
        long end = roundedArg(args, 1, "States.MathRandom");
        if (end <= start) {
            throw failure("States.MathRandom: the end must be greater than the start");
        }
        Random random = args.size() == 3 ? new Random(roundedArg(args, 2, "States.MathRandom")) : new Random();
        return AslJson.NODES.numberNode(start + (long) (random.nextDouble() * (end - start)));
    }

    private static JsonNode arrayPartition(List<JsonNode> args) {
        ArrayNode array = arrayArg(args, 0, "States.ArrayPartition");
        int size = intArg(args, 1, "States.ArrayPartition");
        if (size <= 0) {
            throw failure("States.ArrayPartition: the chunk size must be greater than 0");
        }
        ArrayNode chunks = AslJson.NODES.arrayNode();
        ArrayNode chunk = null;
        for (JsonNode item : array) {
            if (chunk == null || chunk.size() == size) {
                chunk = chunks.addArray();
            }
            chunk.add(item);
        }
        return chunks;
    }

    private static JsonNode arrayRange(List<JsonNode> args) {
        if (args.size() != 3) {
            throw failure("States.ArrayRange takes three arguments");
        }
        long start = intArg(args, 0, "States.ArrayRange");
        long end = intArg(args, 1, "States.ArrayRange");
        long step = intArg(args, 2, "States.ArrayRange");
        if (step == 0) {
            throw failure("States.ArrayRange: the step must not be 0");
        }
        ArrayNode range = AslJson.NODES.arrayNode();
        for (long value = start; step > 0 ? value <= end : value >= end; value += step) {
            if (range.size() == MAX_ARRAY_RANGE) {
                throw failure("States.ArrayRange: the result has more than " + MAX_ARRAY_RANGE + " items");
            }
            range.add(value);
        }
        return range;
    }

    private static JsonNode arrayUnique(List<JsonNode> args) {
        ArrayNode array = arrayArg(args, 0, "States.ArrayUnique");
        ArrayNode unique = AslJson.NODES.arrayNode();
        for (JsonNode item : array) {
            boolean seen = false;
            for (JsonNode kept : unique) {
                seen |= JsonValues.same(kept, item);
            }
            if (!seen) {
                unique.add(item);
            }
        }
        return unique;
    }

    private static JsonNode hash(List<JsonNode> args) {
        if (args.size() != 2) {
            throw failure("States.Hash takes two arguments");
        }
        JsonNode data = args.get(0);
        String algorithm = stringArg(args, 1, "States.Hash");
        if (!HASH_ALGORITHMS.containsKey(algorithm)) {
            throw failure("States.Hash: the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, not '" + algorithm + "'");
        }
        String input = data.isTextual() ? data.asText() : AslJson.write(data);
        try {
            byte[] digest = MessageDigest.getInstance(HASH_ALGORITHMS.get(algorithm)).digest(input.getBytes(StandardCharsets.UTF_8));
            return text(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode jsonMerge(List<JsonNode> args) {
        if (args.size() != 3 || !args.get(0).isObject() || !args.get(1).isObject() || !args.get(2).isBoolean()) {
            throw failure("States.JsonMerge takes two objects and a boolean");
        }
        if (args.get(2).asBoolean()) {
            throw failure("States.JsonMerge: deep merging is not supported by Step Functions (the third argument must be false)");
        }
        ObjectNode merged = args.get(0).deepCopy();
        merged.setAll((ObjectNode) args.get(1).deepCopy());
        return merged;
    }

    private static JsonNode stringSplit(List<JsonNode> args) {
        String value = stringArg(args, 0, "States.StringSplit");
        String separators = stringArg(args, 1, "States.StringSplit");
        ArrayNode parts = AslJson.NODES.arrayNode();
        StringBuilder current = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (separators.indexOf(c) >= 0) {
                if (current.length() > 0) {
                    parts.add(current.toString());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static JsonNode only(List<JsonNode> args, String name) {
        if (args.size() != 1) {
            throw failure(name + " takes one argument");
        }
        return args.get(0);
    }

    private static String stringArg(List<JsonNode> args, int index, String name) {
        if (args.size() <= index || !args.get(index).isTextual()) {
            throw failure(name + ": argument " + (index + 1) + " must be a string");
        }
        return args.get(index).asText();
    }

    private static int intArg(List<JsonNode> args, int index, String name) {
        if (args.size() <= index || !args.get(index).isNumber()) {
            throw failure(name + ": argument " + (index + 1) + " must be a number");
        }
        return args.get(index).asInt();
    }

    private static long roundedArg(List<JsonNode> args, int index, String name) {
        if (args.size() <= index || !args.get(index).isNumber()) {
            throw failure(name + ": argument " + (index + 1) + " must be a number");
        }
        return Math.round(args.get(index).asDouble());
    }

    private static ArrayNode arrayArg(List<JsonNode> args, int index, String name) {
        if (args.size() <= index || !args.get(index).isArray()) {
            throw failure(name + ": argument " + (index + 1) + " must be an array");
        }
        return (ArrayNode) args.get(index);
    }

    private static JsonNode text(String value) {
        return AslJson.NODES.textNode(value);
    }

    private static StatesError failure(String cause) {
        return new StatesError(StatesError.INTRINSIC_FAILURE, cause);
    }
}
