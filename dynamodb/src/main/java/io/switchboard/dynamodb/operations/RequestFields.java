package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.expression.Placeholders;
import io.switchboard.dynamodb.value.Value;
import io.switchboard.dynamodb.value.ValueJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** Typed reads of a request's JSON members. */
final class RequestFields {
    private final ObjectNode request;

    RequestFields(ObjectNode request) {
        this.request = request;
    }

    ObjectNode json() {
        return request;
    }

    boolean has(String member) {
        JsonNode node = request.get(member);
        return node != null && !node.isNull();
    }

    String text(String member) {
        JsonNode node = request.get(member);
        return node == null || node.isNull() ? null : node.asText();
    }

    String text(String member, String fallback) {
        String value = text(member);
        return value == null ? fallback : value;
    }

    String requiredText(String member, String where) {
        String value = text(member);
        if (value == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at '" + where
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    JsonNode node(String member) {
        JsonNode node = request.get(member);
        return node == null || node.isNull() ? null : node;
    }

    Map<String, Value> item(String member) {
        return ValueJson.item(node(member));
    }

    /** The table name, also accepted as a table ARN (…:table/NAME), as DynamoDB does. */
    String tableName() {
        String name = requiredText("TableName", "tableName");
        return Names.tableFromArn(name);
    }

    Placeholders placeholders() {
        Map<String, String> names = new LinkedHashMap<>();
        JsonNode namesNode = node("ExpressionAttributeNames");
        if (namesNode != null) {
            if (namesNode.isEmpty()) {
                throw DynamoDbException.validation("ExpressionAttributeNames must not be empty");
            }
            namesNode.fields().forEachRemaining(field -> names.put(field.getKey(), field.getValue().asText()));
        }
        JsonNode valuesNode = node("ExpressionAttributeValues");
        if (valuesNode != null && valuesNode.isEmpty()) {
            throw DynamoDbException.validation("ExpressionAttributeValues must not be empty");
        }
        return new Placeholders(names, ValueJson.item(valuesNode));
    }

    /** Expressions and legacy parameters cannot be mixed, and legacy ones are not supported here. */
    void refuseLegacy(String... members) {
        for (String member : members) {
            if (has(member)) {
                throw DynamoDbException.validation("The legacy parameter " + member
                        + " is not supported by Switchboard's DynamoDB engine; use the expression parameters instead");
            }
        }
    }
}
