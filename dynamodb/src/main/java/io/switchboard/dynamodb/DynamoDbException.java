package io.switchboard.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error DynamoDB answers with: its {@code __type} short name, the exact message AWS uses, the
 * HTTP status, and any extra members (cancellation reasons, the item of a failed condition).
 */
public class DynamoDbException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final int status;
    private final transient ObjectNode extra;

    public DynamoDbException(String type, String message, int status, ObjectNode extra) {
        super(message, null, false, false);
        this.type = type;
        this.status = status;
        this.extra = extra;
    }

    public static DynamoDbException validation(String message) {
        return new DynamoDbException("ValidationException", message, 400, null);
    }

    /** "One or more parameter values were invalid: ..." — AWS's prefix for most request-shape problems. */
    public static DynamoDbException invalidParameter(String detail) {
        return validation("One or more parameter values were invalid: " + detail);
    }

    public static DynamoDbException resourceNotFound() {
        return new DynamoDbException("ResourceNotFoundException", "Requested resource not found", 400, null);
    }

    public static DynamoDbException tableNotFound(String table) {
        return new DynamoDbException("ResourceNotFoundException",
                "Requested resource not found: Table: " + table + " not found", 400, null);
    }

    public static DynamoDbException resourceInUse(String message) {
        return new DynamoDbException("ResourceInUseException", message, 400, null);
    }

    public static DynamoDbException conditionalCheckFailed(ObjectNode extra) {
        return new DynamoDbException("ConditionalCheckFailedException", "The conditional request failed", 400, extra);
    }

    public static DynamoDbException unknownOperation() {
        return new DynamoDbException("UnknownOperationException", null, 400, null);
    }

    public static DynamoDbException serialization(String message) {
        return new DynamoDbException("SerializationException", message, 400, null);
    }

    public static DynamoDbException internal(String message) {
        return new DynamoDbException("InternalServerError", message, 500, null);
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    /** Members beside {@code __type} and {@code message}, or null. */
    public ObjectNode extra() {
        return extra;
    }
}
