package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code .$} fields and intrinsic arguments read from: the state's effective input ({@code $})
 * and the context object ({@code $$}).
 */
public record PathContext(JsonNode input, JsonNode context) {

    /** Reads {@code $...} from the input or {@code $$...} from the context object. */
    public JsonNode read(String path, String field) {
        boolean fromContext = path.startsWith("$$");
        JsonNode root = fromContext ? context : input;
        return JsonPath.parse(fromContext ? path.substring(1) : path).read(root).orElseThrow(() -> StatesError.runtime(
                "The JSONPath '" + path + "' specified for the field '" + field + "' could not be found in the input '"
                        + AslJson.write(input) + "'"));
    }
}
