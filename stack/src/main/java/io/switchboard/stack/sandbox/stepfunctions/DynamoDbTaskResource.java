package io.switchboard.stack.sandbox.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.stack.sandbox.asl.AslJson;
import io.switchboard.stack.sandbox.asl.StatesError;
import io.switchboard.stack.sandbox.asl.TaskResource;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * The optimised DynamoDB integration ({@code arn:aws:states:::dynamodb:putItem} and getItem,
 * updateItem, deleteItem) on a real DynamoDB client. Parameters and results use DynamoDB JSON;
 * a service error becomes {@code DynamoDB.<ErrorCode>}, as in Step Functions.
 */
public final class DynamoDbTaskResource implements TaskResource {
    private static final String PREFIX = "arn:aws:states:::dynamodb:";
    private static final Set<String> COMMON = Set.of("TableName", "ConditionExpression", "ExpressionAttributeNames",
            "ExpressionAttributeValues", "ReturnValues", "ReturnConsumedCapacity", "ReturnItemCollectionMetrics",
            "ReturnValuesOnConditionCheckFailure");

    private final DynamoDbClient dynamoDb;
    private final Map<String, Function<JsonNode, JsonNode>> actions;

    public DynamoDbTaskResource(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
        this.actions = Map.of("putItem", this::putItem, "getItem", this::getItem,
                "updateItem", this::updateItem, "deleteItem", this::deleteItem);
    }

    @Override
    public boolean supports(String resource) {
        return resource.startsWith(PREFIX) && actions.containsKey(resource.substring(PREFIX.length()));
    }

    @Override
    public JsonNode execute(String resource, JsonNode parameters) throws InterruptedException {
        try {
            return actions.get(resource.substring(PREFIX.length())).apply(parameters);
        } catch (IllegalArgumentException e) {
            throw new StatesError("DynamoDB.AmazonDynamoDBException", e.getMessage());
        } catch (DynamoDbException e) {
            String code = e.awsErrorDetails() == null ? "AmazonDynamoDBException" : e.awsErrorDetails().errorCode();
            throw new StatesError("DynamoDB." + code, e.awsErrorDetails().errorMessage() + " (Service: AmazonDynamoDBv2; Status Code: "
                    + e.statusCode() + "; Error Code: " + code + "; Request ID: " + e.requestId() + "; Proxy: null)");
        } catch (AbortedException e) {
            throw new InterruptedException("the DynamoDB call was interrupted");
        } catch (SdkClientException e) {
            throw new StatesError("DynamoDB.SdkClientException", e.getMessage());
        }
    }

    private JsonNode putItem(JsonNode p) {
        check(p, "putItem", "Item");
        var response = dynamoDb.putItem(b -> b.tableName(text(p, "TableName")).item(DynamoDbJson.toItem(p.get("Item"), "Item"))
                .conditionExpression(text(p, "ConditionExpression")).expressionAttributeNames(names(p))
                .expressionAttributeValues(values(p)).returnValues(text(p, "ReturnValues")));
        return result(response, "Attributes", response.hasAttributes() ? response.attributes() : null);
    }

    private JsonNode getItem(JsonNode p) {
        check(p, "getItem", "Key", "ConsistentRead", "ProjectionExpression");
        var response = dynamoDb.getItem(b -> b.tableName(text(p, "TableName")).key(DynamoDbJson.toItem(p.get("Key"), "Key"))
                .consistentRead(p.has("ConsistentRead") ? p.get("ConsistentRead").asBoolean() : null)
                .projectionExpression(text(p, "ProjectionExpression")).expressionAttributeNames(names(p)));
        return result(response, "Item", response.hasItem() ? response.item() : null);
    }

    private JsonNode updateItem(JsonNode p) {
        check(p, "updateItem", "Key", "UpdateExpression");
        var response = dynamoDb.updateItem(b -> b.tableName(text(p, "TableName")).key(DynamoDbJson.toItem(p.get("Key"), "Key"))
                .updateExpression(text(p, "UpdateExpression")).conditionExpression(text(p, "ConditionExpression"))
                .expressionAttributeNames(names(p)).expressionAttributeValues(values(p)).returnValues(text(p, "ReturnValues")));
        return result(response, "Attributes", response.hasAttributes() ? response.attributes() : null);
    }

    private JsonNode deleteItem(JsonNode p) {
        check(p, "deleteItem", "Key");
        var response = dynamoDb.deleteItem(b -> b.tableName(text(p, "TableName")).key(DynamoDbJson.toItem(p.get("Key"), "Key"))
                .conditionExpression(text(p, "ConditionExpression")).expressionAttributeNames(names(p))
                .expressionAttributeValues(values(p)).returnValues(text(p, "ReturnValues")));
        return result(response, "Attributes", response.hasAttributes() ? response.attributes() : null);
    }

    private static void check(JsonNode parameters, String action, String... specific) {
        if (parameters == null || !parameters.isObject()) {
            throw new IllegalArgumentException("dynamodb:" + action + " needs Parameters");
        }
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(Set.of(specific));
        parameters.fieldNames().forEachRemaining(field -> {
            if (!allowed.contains(field)) {
                throw new IllegalArgumentException("The field '" + field + "' is not supported by dynamodb:" + action);
            }
        });
        if (!parameters.hasNonNull("TableName")) {
            throw new IllegalArgumentException("dynamodb:" + action + " needs 'TableName'");
        }
    }

    private static String text(JsonNode parameters, String field) {
        JsonNode value = parameters.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, String> names(JsonNode parameters) {
        JsonNode names = parameters.get("ExpressionAttributeNames");
        if (names == null) {
            return null;
        }
        Map<String, String> result = new LinkedHashMap<>();
        names.properties().forEach(e -> result.put(e.getKey(), e.getValue().asText()));
        return result;
    }

    private static Map<String, AttributeValue> values(JsonNode parameters) {
        JsonNode values = parameters.get("ExpressionAttributeValues");
        return values == null ? null : DynamoDbJson.toItem(values, "ExpressionAttributeValues");
    }

    private static JsonNode result(DynamoDbResponse response, String field, Map<String, AttributeValue> item) {
        ObjectNode result = AslJson.object();
        if (item != null) {
            result.set(field, DynamoDbJson.fromItem(item));
        }
        String requestId = response.responseMetadata().requestId();
        ObjectNode http = result.putObject("SdkHttpMetadata");
        http.putObject("AllHttpHeaders").putArray("x-amzn-RequestId").add(requestId);
        http.putObject("HttpHeaders").put("x-amzn-RequestId", requestId);
        http.put("HttpStatusCode", response.sdkHttpResponse().statusCode());
        result.putObject("SdkResponseMetadata").put("RequestId", requestId);
        return result;
    }
}
