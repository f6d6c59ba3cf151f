package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a Wait state's one duration field. */
final class WaitParser {
    private WaitParser() {
    }

    static State.Wait parse(String name, JsonNode node, DataFlow flow, String next) {
        int count = (node.has("Seconds") ? 1 : 0) + (node.has("SecondsPath") ? 1 : 0)
                + (node.has("Timestamp") ? 1 : 0) + (node.has("TimestampPath") ? 1 : 0);
        if (count != 1) {
            throw new IllegalArgumentException("needs exactly one of Seconds, SecondsPath, Timestamp or TimestampPath");
        }
        Long seconds = null;
        if (node.has("Seconds")) {
            JsonNode value = node.get("Seconds");
            if (!value.isIntegralNumber() || value.asLong() < 0) {
                throw new IllegalArgumentException("'Seconds' must be a non-negative integer");
            }
            seconds = value.asLong();
        }
        String timestamp = null;
        if (node.has("Timestamp")) {
            timestamp = node.get("Timestamp").asText();
            if (ChoiceOperator.timestamp(node.get("Timestamp")) == null) {
                throw new IllegalArgumentException("'Timestamp' must be an ISO-8601 timestamp such as 2016-03-14T01:59:00Z");
            }
        }
        return new State.Wait(name, flow, seconds, pathOf(node, "SecondsPath"), timestamp, pathOf(node, "TimestampPath"), next);
    }

    private static JsonPath pathOf(JsonNode node, String field) {
        return node.has(field) ? JsonPath.parse(node.get(field).asText()) : null;
    }
}
