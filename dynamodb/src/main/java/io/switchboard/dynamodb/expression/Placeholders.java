package io.switchboard.dynamodb.expression;

import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.value.Value;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's ExpressionAttributeNames and ExpressionAttributeValues, remembering which ones the
 * request's expressions used: DynamoDB refuses a request that defines a placeholder it never uses.
 */
public final class Placeholders {
    private final Map<String, String> names;
    private final Map<String, Value> values;
    private final Set<String> usedNames = new LinkedHashSet<>();
    private final Set<String> usedValues = new LinkedHashSet<>();

    public Placeholders(Map<String, String> names, Map<String, Value> values) {
        this.names = names;
        this.values = values;
    }

    String name(String placeholder, String expressionName) {
        String name = names.get(placeholder);
        if (name == null) {
            throw ExpressionErrors.invalid(expressionName,
                    "An expression attribute name used in the document path is not defined; attribute name: " + placeholder, null);
        }
        usedNames.add(placeholder);
        return name;
    }

    Value value(String placeholder, String expressionName) {
        Value value = values.get(placeholder);
        if (value == null) {
            throw ExpressionErrors.invalid(expressionName,
                    "An expression attribute value used in expression is not defined; attribute value: " + placeholder, null);
        }
        usedValues.add(placeholder);
        return value;
    }

    /** After every expression of the request was parsed. */
    public void checkAllUsed() {
        Set<String> unusedNames = new TreeSet<>(names.keySet());
        unusedNames.removeAll(usedNames);
        if (!unusedNames.isEmpty()) {
            throw DynamoDbException.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
                    + String.join(", ", unusedNames) + "}");
        }
        Set<String> unusedValues = new TreeSet<>(values.keySet());
        unusedValues.removeAll(usedValues);
        if (!unusedValues.isEmpty()) {
            throw DynamoDbException.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                    + String.join(", ", unusedValues) + "}");
        }
    }
}
