package io.switchboard.stack.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DynamoDB table the sandbox creates.
 *
 * @param keySchema            attribute name → {@code HASH} / {@code RANGE}, in key order
 * @param attributeDefinitions attribute name → {@code S} / {@code N} / {@code B}
 * @param timeToLiveAttribute  the TTL attribute, or null when TTL is not enabled
 */
public record TablePlan(String logicalId, String name, String arn, Map<String, String> keySchema,
                        Map<String, String> attributeDefinitions, List<GlobalSecondaryIndex> globalSecondaryIndexes,
                        String timeToLiveAttribute) {

    public Optional<String> timeToLive() {
        return Optional.ofNullable(timeToLiveAttribute);
    }

    /** @param projectionType {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE} (then with {@code nonKeyAttributes}) */
    public record GlobalSecondaryIndex(String indexName, Map<String, String> keySchema, String projectionType,
                                       List<String> nonKeyAttributes) {
    }
}
