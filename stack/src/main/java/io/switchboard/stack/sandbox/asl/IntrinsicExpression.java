package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A parsed intrinsic function call such as {@code States.Format('{} {}', $.a, States.UUID())}. */
public sealed interface IntrinsicExpression {

    JsonNode evaluate(PathContext paths, String field);

    record Literal(JsonNode value) implements IntrinsicExpression {
        @Override
        public JsonNode evaluate(PathContext paths, String field) {
            return value;
        }
    }

    record Path(String path) implements IntrinsicExpression {
        @Override
        public JsonNode evaluate(PathContext paths, String field) {
            return paths.read(path, field);
        }
    }

    record Call(String function, List<IntrinsicExpression> arguments) implements IntrinsicExpression {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public JsonNode evaluate(PathContext paths, String field) {
            List<JsonNode> values = arguments.stream().map(a -> a.evaluate(paths, field)).toList();
            return IntrinsicFunctions.apply(function, values);
        }
    }
}
