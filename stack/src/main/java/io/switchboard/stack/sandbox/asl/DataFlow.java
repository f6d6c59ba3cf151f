package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * InputPath → Parameters → (task) → ResultSelector → ResultPath → OutputPath. A {@code null} path
 * is ASL's explicit {@code null}: InputPath/OutputPath null give {@code {}}, ResultPath null keeps
 * the state's input. A {@code null} template means the field is absent.
 */
public record DataFlow(JsonPath inputPath, PayloadTemplate parameters, PayloadTemplate resultSelector,
                       JsonPath resultPath, JsonPath outputPath) {
    private static final JsonPath ROOT = JsonPath.parse("$");
    public static final DataFlow DEFAULT = new DataFlow(ROOT, null, null, ROOT, ROOT);

    public JsonNode effectiveInput(JsonNode rawInput, JsonNode context) {
        JsonNode selected = inputPath == null ? AslJson.object() : inputPath.requireStatePath(rawInput);
        return parameters == null ? selected : parameters.apply(new PathContext(selected, context));
    }

    public JsonNode selectResult(JsonNode result, JsonNode context) {
        return resultSelector == null ? result : resultSelector.apply(new PathContext(result, context));
    }

    public JsonNode output(JsonNode rawInput, JsonNode result) {
        JsonNode combined = resultPath == null ? rawInput : resultPath.write(rawInput, result);
        return outputPath == null ? AslJson.object() : outputPath.requireStatePath(combined);
    }
}
