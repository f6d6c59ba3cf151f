package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.expression.Condition;
import io.switchboard.dynamodb.expression.DocumentPath;
import io.switchboard.dynamodb.expression.Operand;
import io.switchboard.dynamodb.expression.UpdateAction;
import io.switchboard.dynamodb.value.ValueJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's legacy parameters (Expected, KeyConditions, QueryFilter, ScanFilter, AttributesToGet,
 * AttributeUpdates), translated into the same trees the expression parser builds, so both kinds of
 * request are evaluated by one evaluator.
 */
final class LegacyParameters {
    private LegacyParameters() {
    }

    /** Refuses a request that mixes a legacy parameter with an expression parameter, in AWS's words. */
    static void refuseMixing(RequestFields request, List<String> legacy, List<String> expressions) {
        List<String> legacyUsed = legacy.stream().filter(request::has).toList();
        List<String> expressionsUsed = expressions.stream().filter(request::has).toList();
        if (!legacyUsed.isEmpty() && !expressionsUsed.isEmpty()) {
            throw DynamoDbException.validation("Can not use both expression and non-expression parameters in the same request: "
                    + "Non-expression parameters: {" + String.join(", ", legacyUsed) + "} Expression parameters: {"
                    + String.join(", ", expressionsUsed) + "}");
        }
    }

    /** Expected: per attribute, {Value}, {Exists:false}, or {ComparisonOperator, AttributeValueList}. */
    static Condition expected(JsonNode expected, String conditionalOperator) {
        List<Condition> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = expected.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode spec = entry.getValue();
            if (spec.has("ComparisonOperator")) {
                parts.add(comparison(entry.getKey(), spec));
            } else if (spec.has("Exists") && !spec.get("Exists").asBoolean()) {
                if (spec.has("Value")) {
                    throw DynamoDbException.invalidParameter("Value cannot be used when Exists is false for Attribute: " + entry.getKey());
                }
                parts.add(function("attribute_not_exists", entry.getKey()));
            } else if (spec.has("Value")) {
                parts.add(new Condition.Compare(path(entry.getKey()), "=", literal(spec.get("Value"))));
            } else {
                throw DynamoDbException.invalidParameter("Exists is set to TRUE for attribute (" + entry.getKey()
                        + "), Value must also be set");
            }
        }
        return join(parts, conditionalOperator);
    }

    /** KeyConditions, QueryFilter, ScanFilter: per attribute {ComparisonOperator, AttributeValueList}. */
    static Condition conditions(JsonNode conditions, String conditionalOperator) {
        List<Condition> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = conditions.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            parts.add(comparison(entry.getKey(), entry.getValue()));
        }
        return join(parts, conditionalOperator);
    }

    static List<DocumentPath> attributesToGet(JsonNode names) {
        List<DocumentPath> paths = new ArrayList<>();
        names.forEach(name -> paths.add(DocumentPath.of(name.asText())));
        return paths;
    }

    /** AttributeUpdates: per attribute {Action: PUT|ADD|DELETE, Value}. */
    static List<UpdateAction> attributeUpdates(JsonNode updates) {
        List<UpdateAction> actions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = updates.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            DocumentPath path = DocumentPath.of(entry.getKey());
            JsonNode spec = entry.getValue();
            String action = spec.path("Action").asText("PUT");
            JsonNode value = spec.get("Value");
            switch (action) {
                case "PUT" -> {
                    if (value == null) {
                        throw DynamoDbException.invalidParameter("Only DELETE action is allowed when no attribute value is specified");
                    }
                    actions.add(new UpdateAction.Set(path, literal(value)));
                }
                case "ADD" -> {
                    if (value == null) {
                        throw DynamoDbException.invalidParameter("Only DELETE action is allowed when no attribute value is specified");
                    }
                    actions.add(new UpdateAction.Add(path, literal(value)));
                }
                case "DELETE" -> actions.add(value == null ? new UpdateAction.Remove(path) : new UpdateAction.Delete(path, literal(value)));
                default -> throw DynamoDbException.validation("1 validation error detected: Value '" + action
                        + "' at 'attributeUpdates." + entry.getKey() + ".member.action' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [ADD, PUT, DELETE]");
            }
        }
        return actions;
    }

    private static Condition comparison(String attribute, JsonNode spec) {
        String operator = spec.path("ComparisonOperator").asText();
        List<Operand> values = new ArrayList<>();
        spec.path("AttributeValueList").forEach(value -> values.add(literal(value)));
        Operand subject = path(attribute);
        switch (operator) {
            case "EQ", "NE", "LE", "LT", "GE", "GT" -> {
                arguments(operator, values, 1);
                String symbol = Map.of("EQ", "=", "NE", "<>", "LE", "<=", "LT", "<", "GE", ">=", "GT", ">").get(operator);
                return new Condition.Compare(subject, symbol, values.get(0));
            }
            case "NOT_NULL" -> {
                arguments(operator, values, 0);
                return function("attribute_exists", attribute);
            }
            case "NULL" -> {
                arguments(operator, values, 0);
                return function("attribute_not_exists", attribute);
            }
            case "CONTAINS", "NOT_CONTAINS" -> {
                arguments(operator, values, 1);
                Condition contains = new Condition.Function("contains", List.of(subject, values.get(0)));
                return operator.equals("CONTAINS") ? contains
                        : new Condition.And(function("attribute_exists", attribute), new Condition.Not(contains));
            }
            case "BEGINS_WITH" -> {
                arguments(operator, values, 1);
                return new Condition.Function("begins_with", List.of(subject, values.get(0)));
            }
            case "IN" -> {
                if (values.isEmpty()) {
                    throw DynamoDbException.invalidParameter("Invalid number of argument(s) for the IN ComparisonOperator");
                }
                return new Condition.In(subject, values);
            }
            case "BETWEEN" -> {
                arguments(operator, values, 2);
                return new Condition.Between(subject, values.get(0), values.get(1));
            }
            default -> throw DynamoDbException.validation("1 validation error detected: Value '" + operator
                    + "' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]");
        }
    }

    private static void arguments(String operator, List<Operand> values, int wanted) {
        if (values.size() != wanted) {
            throw DynamoDbException.invalidParameter("Invalid number of argument(s) for the " + operator + " ComparisonOperator");
        }
    }

    private static Condition join(List<Condition> parts, String conditionalOperator) {
        if (parts.isEmpty()) {
            return null;
        }
        boolean or = "OR".equals(conditionalOperator);
        Condition joined = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            joined = or ? new Condition.Or(joined, parts.get(i)) : new Condition.And(joined, parts.get(i));
        }
        return joined;
    }

    private static Operand path(String attribute) {
        return new Operand.Path(DocumentPath.of(attribute));
    }

    private static Operand literal(JsonNode value) {
        return new Operand.Literal(ValueJson.value(value), null);
    }

    private static Condition function(String name, String attribute) {
        return new Condition.Function(name, List.of(path(attribute)));
    }
}
