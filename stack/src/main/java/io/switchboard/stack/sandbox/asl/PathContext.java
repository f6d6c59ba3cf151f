package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code .$} fields and intrinsic arguments read from: the state's effective input ({@code $})
 * and the context object ({@code $$}).
 */
public record PathContext(JsonNode input, JsonNode context) {

    /** Reads {@code $...} from the input or {@code $$...} from the context object. */
    public JsonNode read(String path, String field) {
        if (path.startsWith("$$")) {
            return JsonPath.parse(path.substring(1)).require(context, field);
        }
        return JsonPath.parse(path).require(input, field);
    }
}
