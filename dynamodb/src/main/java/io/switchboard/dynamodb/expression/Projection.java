package io.switchboard.dynamodb.expression;

import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The part of an item a ProjectionExpression asks for. Nested paths keep their enclosing maps;
 * selected list elements come back as a shorter list in their original order, as DynamoDB answers.
 */
public final class Projection {
    private Projection() {
    }

    /** Refuses overlapping paths, as DynamoDB does, before any item is read. */
    public static void check(List<DocumentPath> paths) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (paths.get(j).overlaps(paths.get(i))) {
                    throw DynamoDbException.validation("Invalid ProjectionExpression: Two document paths overlap with each other; "
                            + "must remove or rewrite one of these paths; path one: " + paths.get(j) + ", path two: " + paths.get(i));
                }
            }
        }
    }

    public static Map<String, Value> apply(List<DocumentPath> paths, Map<String, Value> item) {
        Node root = new Node();
        for (DocumentPath path : paths) {
            Value value = path.resolve(item);
            if (value == null) {
                continue;
            }
            Node node = root;
            for (Object element : path.elements()) {
                node = element instanceof Integer index
                        ? node.elements.computeIfAbsent(index, i -> new Node())
                        : node.members.computeIfAbsent((String) element, name -> new Node());
            }
            node.leaf = value;
        }
        Map<String, Value> result = new LinkedHashMap<>();
        root.members.forEach((name, node) -> result.put(name, node.render()));
        return result;
    }

    private static final class Node {
        private final Map<String, Node> members = new LinkedHashMap<>();
        private final TreeMap<Integer, Node> elements = new TreeMap<>();
        private Value leaf;

        Value render() {
            if (leaf != null) {
                return leaf;
            }
            if (!elements.isEmpty()) {
                List<Value> values = new ArrayList<>();
                elements.values().forEach(node -> values.add(node.render()));
                return new Value.L(values);
            }
            Map<String, Value> values = new LinkedHashMap<>();
            members.forEach((name, node) -> values.put(name, node.render()));
            return new Value.M(values);
        }
    }
}
