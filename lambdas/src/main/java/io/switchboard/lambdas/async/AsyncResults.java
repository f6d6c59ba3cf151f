package io.switchboard.lambdas.async;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the async results table the state machine writes (docs/decisions/0003): one consistent
 * GetItem per poll, so steady-state polling never calls Step Functions.
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

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            return "";
        }
        return value.s() != null ? value.s() : (value.n() != null ? value.n() : "");
    }
}
