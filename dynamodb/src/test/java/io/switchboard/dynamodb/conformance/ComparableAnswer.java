package io.switchboard.dynamodb.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One request of a differential sequence sent to one DynamoDB, as JSON fit to compare with the other's:
 * the response or {@code {"Error": {"Code", "Message"}, ...}}; set members sorted (DynamoDB keeps no
 * order in a set); BatchGetItem's items sorted (no order either). A paged Query or Scan follows its
 * own LastEvaluatedKey to the end: a table Query keeps every page as it came (its order is defined);
 * a Scan or an index Query, whose order (among equal index keys) is not, keeps each page's ScannedCount
 * and whether it had a LastEvaluatedKey, the total Count, the whole result sorted, and for an index
 * Query the sequence of index sort keys.
 */
final class ComparableAnswer {
    private static final int MAX_PAGES = 60;
    private static final Comparator<JsonNode> CANONICAL = Comparator.comparing(JsonNode::toString);

    private ComparableAnswer() {
    }

    static JsonNode of(DynamoDbClient client, RandomRequests.Step step) {
        if (!step.paged()) {
            return normalised(DynamoDbAnswer.call(client, step.operation(), step.request()));
        }
        boolean ordered = step.operation().equals("Query") && !step.request().has("IndexName");
        ObjectNode result = SdkJson.MAPPER.createObjectNode();
        ArrayNode pages = result.putArray("Pages");
        List<JsonNode> all = new ArrayList<>();
        long count = 0;
        ObjectNode request = step.request().deepCopy();
        for (int page = 0; page < MAX_PAGES; page++) {
            DynamoDbAnswer answer = DynamoDbAnswer.call(client, step.operation(), request);
            JsonNode normalised = normalised(answer);
            if (answer.failed()) {
                pages.add(normalised);
                return result;
            }
            if (ordered) {
                pages.add(normalised);
            } else {
                ObjectNode counts = pages.addObject();
                counts.set("ScannedCount", normalised.get("ScannedCount"));
                count += normalised.path("Count").asLong();
                counts.put("LastEvaluatedKey", normalised.has("LastEvaluatedKey"));
                normalised.path("Items").forEach(all::add);
            }
            JsonNode last = answer.response().get("LastEvaluatedKey");
            if (last == null) {
                break;
            }
            request.set("ExclusiveStartKey", last);
        }
        if (!ordered) {
            if (step.operation().equals("Query")) {
                ArrayNode order = result.putArray("IndexSortKeys");
                all.forEach(item -> order.add(item.path("gs")));
            }
            result.put("Count", count);
            all.sort(CANONICAL);
            result.putArray("Items").addAll(all);
        }
        return result;
    }

    private static JsonNode normalised(DynamoDbAnswer answer) {
        ObjectNode json;
        if (answer.failed()) {
            json = answer.errorDetail().deepCopy();
            json.putObject("Error").put("Code", answer.errorCode()).put("Message", answer.errorMessage());
        } else {
            json = answer.response().deepCopy();
        }
        sortSets(json);
        if (answer.operation().equals("BatchGetItem") && json.has("Responses")) {
            json.get("Responses").forEach(items -> {
                List<JsonNode> sorted = new ArrayList<>();
                items.forEach(sorted::add);
                sorted.sort(CANONICAL);
                ((ArrayNode) items).removeAll().addAll(sorted);
            });
        }
        return json;
    }

    private static void sortSets(JsonNode json) {
        if (json.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (member.getValue().isArray() && (member.getKey().equals("SS") || member.getKey().equals("NS") || member.getKey().equals("BS"))) {
                    List<JsonNode> elements = new ArrayList<>();
                    member.getValue().forEach(elements::add);
                    elements.sort(CANONICAL);
                    ((ArrayNode) member.getValue()).removeAll().addAll(elements);
                } else {
                    sortSets(member.getValue());
                }
            }
        } else if (json.isArray()) {
            json.forEach(ComparableAnswer::sortSets);
        }
    }
}
