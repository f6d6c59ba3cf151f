package io.switchboard.lambdas.async;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Reads the async results table the state machine writes (docs/decisions/0003): one consistent
 * GetItem per poll, so steady-state polling never calls Step Functions. Also records executions that
 * ended without writing their own result (timed out, aborted: docs/decisions/0012).
 */
public final class AsyncResults {
    static final String EXECUTION_ID = "execution_id";
    static final String STATUS = "status";
    static final String OUTPUT = "output";
    static final String ERROR = "error";
    static final String CAUSE = "cause";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public AsyncResults(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /**
     * The recorded outcome of {@code executionArn}: SUCCEEDED or FAILED from the item, PENDING while
     * there is no item, BUSY when DynamoDB throttled or timed out. Other failures (missing table,
     * denied access) are thrown: they need an engineer, not another poll.
     */
    public ExecutionResult find(String executionArn) {
        Map<String, AttributeValue> item;
        try {
            item = dynamoDb.getItem(b -> b.tableName(table)
                    .key(Map.of(EXECUTION_ID, AttributeValue.fromS(executionArn)))
                    .consistentRead(true)).item();
        } catch (RuntimeException failure) {
            if (TransientFailures.isTransient(failure)) {
                return ExecutionResult.busy(failure.getMessage());
            }
            throw failure;
        }
        if (item == null || item.isEmpty()) {
            return ExecutionResult.pending();
        }
        String status = text(item, STATUS);
        return switch (status) {
            case "SUCCEEDED" -> ExecutionResult.succeeded(text(item, OUTPUT));
            case "FAILED" -> ExecutionResult.failed(text(item, ERROR), text(item, CAUSE));
            default -> ExecutionResult.failed("UnrecognisedResult",
                    "The results table holds status '" + status + "' for this execution; expected SUCCEEDED or FAILED.");
        };
    }

    /**
     * Records a TIMED_OUT or ABORTED execution as FAILED with the status as its error, unless a result is
     * recorded already (the state machine's own always wins). Returns whether it wrote the item.
     */
    public boolean recordEnded(ExecutionEnded ended, Instant expiresAt) {
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(Map.of(
                            EXECUTION_ID, AttributeValue.fromS(ended.executionArn()),
                            STATUS, AttributeValue.fromS("FAILED"),
                            ERROR, AttributeValue.fromS(ended.status()),
                            CAUSE, AttributeValue.fromS(AsyncProtocol.shorten(ended.cause(), AsyncProtocol.MAX_CAUSE_LENGTH)),
                            "expires_at", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond()))))
                    .conditionExpression("attribute_not_exists(" + EXECUTION_ID + ")"));
            return true;
        } catch (ConditionalCheckFailedException alreadyRecorded) {
            return false;
        }
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            return "";
        }
        return value.s() != null ? value.s() : (value.n() != null ? value.n() : "");
    }
}
