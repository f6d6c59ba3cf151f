package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.dynamodb.DynamoDbException;

/**
 * ConsumedCapacity as DynamoDB reports it: writes 1 unit per started KB, strongly consistent reads
 * 1 unit per started 4 KB (half for eventually consistent), transactions twice that.
 */
final class Capacity {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Capacity() {
    }

    static String mode(RequestFields request) {
        String mode = request.text("ReturnConsumedCapacity", "NONE");
        if (!mode.equals("NONE") && !mode.equals("TOTAL") && !mode.equals("INDEXES")) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + mode + "' at 'returnConsumedCapacity' "
                    + "failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]");
        }
        return mode;
    }

    static double writeUnits(long bytes) {
        return Math.max(1, Math.ceil(bytes / 1024.0));
    }

    static double readUnits(long bytes, boolean consistent) {
        double units = Math.max(1, Math.ceil(bytes / 4096.0));
        return consistent ? units : units / 2;
    }

    /** Null when the caller did not ask (mode NONE). */
    static ObjectNode consumed(String mode, String table, double units, boolean write) {
        if (mode.equals("NONE")) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        node.put("TableName", table);
        node.put("CapacityUnits", units);
        node.put(write ? "WriteCapacityUnits" : "ReadCapacityUnits", units);
        if (mode.equals("INDEXES")) {
            node.putObject("Table").put("CapacityUnits", units).put(write ? "WriteCapacityUnits" : "ReadCapacityUnits", units);
        }
        return node;
    }
}
