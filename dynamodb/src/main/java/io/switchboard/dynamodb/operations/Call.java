package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One request: the operation named by X-Amz-Target, its JSON body, and the region the client signed for. */
public record Call(String operation, ObjectNode request, String region) {
}
