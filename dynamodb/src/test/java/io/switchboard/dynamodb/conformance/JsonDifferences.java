package io.switchboard.dynamodb.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Where two answers differ, one line per difference: {@code path: engine X, moto Y}. */
final class JsonDifferences {
    private JsonDifferences() {
    }

    static List<String> between(JsonNode engine, JsonNode moto) {
        List<String> out = new ArrayList<>();
        compare(engine, moto, "$", out);
        return out;
    }

    private static void compare(JsonNode engine, JsonNode moto, String path, List<String> out) {
        if (engine == null || moto == null) {
            out.add(path + ": " + (engine == null ? "only moto has " + moto : "only the engine has " + engine));
        } else if (engine.isObject() && moto.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            moto.fieldNames().forEachRemaining(names::add);
            engine.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(engine.get(name), moto.get(name), path + "." + name, out);
            }
        } else if (engine.isArray() && moto.isArray() && engine.size() == moto.size()) {
            for (int i = 0; i < engine.size(); i++) {
                compare(engine.get(i), moto.get(i), path + "[" + i + "]", out);
            }
        } else if (engine.isNumber() && moto.isNumber()) {
            if (engine.decimalValue().compareTo(moto.decimalValue()) != 0) {
                out.add(path + ": engine " + engine + ", moto " + moto);
            }
        } else if (!engine.equals(moto)) {
            out.add(path + ": engine " + engine + ", moto " + moto);
        }
    }
}
