package io.switchboard.dynamodb.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * What DynamoDB answered one request sent through a real {@link DynamoDbClient}: the response as wire
 * JSON, or the error's code and message (with the old item a failed condition returns, and the
 * cancellation reasons of a cancelled transaction).
 */
record DynamoDbAnswer(String operation, ObjectNode response, String errorCode, String errorMessage, ObjectNode errorDetail) {
    private static final String MODEL = "software.amazon.awssdk.services.dynamodb.model.";

    boolean failed() {
        return errorCode != null;
    }

    /** Sends {@code request} (wire JSON) as operation {@code operation} (e.g. "PutItem"). */
    static DynamoDbAnswer call(DynamoDbClient client, String operation, JsonNode request) {
        Object sdkRequest;
        Method method;
        try {
            Class<?> requestClass = Class.forName(MODEL + operation + "Request");
            SdkPojo builder = (SdkPojo) requestClass.getMethod("builder").invoke(null);
            sdkRequest = SdkJson.build(builder, request);
            method = DynamoDbClient.class.getMethod(Character.toLowerCase(operation.charAt(0)) + operation.substring(1), requestClass);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no DynamoDB operation " + operation, e);
        }
        try {
            return new DynamoDbAnswer(operation, SdkJson.toJson((SdkPojo) method.invoke(client, sdkRequest)), null, null, null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AwsServiceException error && error.awsErrorDetails() != null) {
                ObjectNode detail = SdkJson.MAPPER.createObjectNode();
                if (error instanceof ConditionalCheckFailedException failed && failed.hasItem()) {
                    ObjectNode item = detail.putObject("Item");
                    failed.item().forEach((name, value) -> item.set(name, SdkJson.toJson(value)));
                }
                if (error instanceof TransactionCanceledException cancelled && cancelled.hasCancellationReasons()) {
                    var reasons = detail.putArray("CancellationReasons");
                    cancelled.cancellationReasons().forEach(reason -> reasons.add(SdkJson.toJson(reason)));
                }
                String code = error.awsErrorDetails().errorCode();
                return new DynamoDbAnswer(operation, null, code == null ? "(no error code: HTTP " + error.statusCode() + ")" : code,
                        error.awsErrorDetails().errorMessage(), detail);
            }
            throw new IllegalStateException(operation + " failed without a DynamoDB error", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line for a report: the response, or code: message. */
    String summary() {
        return failed() ? errorCode + ": " + errorMessage + (errorDetail.isEmpty() ? "" : " " + errorDetail) : response.toString();
    }
}
