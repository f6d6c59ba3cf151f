package io.switchboard.dynamodb.table;

import java.util.List;

/** A global or local secondary index: its key, and which attributes it projects (ALL, KEYS_ONLY, INCLUDE). */
public record IndexDefinition(String name, KeySchema key, String projectionType, List<String> nonKeyAttributes,
                              boolean local, long readCapacity, long writeCapacity) {
    public IndexDefinition {
        nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
    }
}
