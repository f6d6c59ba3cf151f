package io.switchboard.dynamodb.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded sequences of DynamoDB requests (wire JSON) for the differential suite: one table with a
 * string partition key {@code pk}, a number sort key {@code sk} and a sparse GSI ({@code g}, {@code gs});
 * items with every attribute type (numbers, string/number/binary sets, binary, nested maps and lists,
 * booleans, null); puts, gets, updates and deletes with condition, update, projection and filter
 * expressions and ReturnValues; Query (table and GSI, key conditions, both orders, Limit, Select
 * COUNT) and Scan paged by LastEvaluatedKey; batch writes and gets; transactions. Keys come from small
 * pools so that conditions both hold and fail. Numbers are written in DynamoDB's canonical form.
 */
final class RandomRequests {
    static final String GSI = "gsi1";
    private static final String[] PARTITIONS = {"p0", "p1", "p2", "p3"};
    private static final String[] SORT_KEYS = {"-7", "-1.5", "0", "1", "2", "3.25", "10", "42", "1000000", "99999999999999999999"};
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "", "Ωmega", "a b", "beta2"};
    private static final String[] NUMBERS = {"0", "1", "-1", "2.5", "100", "-0.001", "12345678901234567890123456789012345678",
        "3.14159", "100000000000000000000", "7"};

    private final Random random;
    private final String table;

    RandomRequests(long seed, String table) {
        this.random = new Random(seed);
        this.table = table;
    }

    record Step(String operation, ObjectNode request, boolean paged) {
    }

    ObjectNode createTable() {
        ObjectNode request = object();
        request.put("TableName", table);
        request.put("BillingMode", "PAY_PER_REQUEST");
        ArrayNode definitions = request.putArray("AttributeDefinitions");
        definitions.addObject().put("AttributeName", "pk").put("AttributeType", "S");
        definitions.addObject().put("AttributeName", "sk").put("AttributeType", "N");
        definitions.addObject().put("AttributeName", "g").put("AttributeType", "S");
        definitions.addObject().put("AttributeName", "gs").put("AttributeType", "N");
        ArrayNode keys = request.putArray("KeySchema");
        keys.addObject().put("AttributeName", "pk").put("KeyType", "HASH");
        keys.addObject().put("AttributeName", "sk").put("KeyType", "RANGE");
        ObjectNode index = request.putArray("GlobalSecondaryIndexes").addObject();
        index.put("IndexName", GSI);
        ArrayNode indexKeys = index.putArray("KeySchema");
        indexKeys.addObject().put("AttributeName", "g").put("KeyType", "HASH");
        indexKeys.addObject().put("AttributeName", "gs").put("KeyType", "RANGE");
        index.putObject("Projection").put("ProjectionType", "ALL");
        return request;
    }

    List<Step> sequence(int length) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            steps.add(new Step("PutItem", put(false), false));
        }
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(100);
            if (pick < 22) {
                steps.add(new Step("PutItem", put(true), false));
            } else if (pick < 34) {
                steps.add(new Step("GetItem", get(), false));
            } else if (pick < 52) {
                steps.add(new Step("UpdateItem", update(), false));
            } else if (pick < 58) {
                steps.add(new Step("DeleteItem", delete(), false));
            } else if (pick < 72) {
                steps.add(new Step("Query", query(), true));
            } else if (pick < 78) {
                steps.add(new Step("Query", gsiQuery(), true));
            } else if (pick < 84) {
                steps.add(new Step("Scan", scan(), true));
            } else if (pick < 89) {
                steps.add(new Step("BatchWriteItem", batchWrite(), false));
            } else if (pick < 92) {
                steps.add(new Step("BatchGetItem", batchGet(), false));
            } else if (pick < 97) {
                steps.add(new Step("TransactWriteItems", transactWrite(), false));
            } else {
                steps.add(new Step("TransactGetItems", transactGet(), false));
            }
        }
        return steps;
    }

    private ObjectNode put(boolean withOptions) {
        ObjectNode request = object();
        request.put("TableName", table);
        request.set("Item", item());
        if (withOptions) {
            Expression condition = new Expression();
            if (random.nextInt(3) == 0) {
                request.put("ConditionExpression", condition.condition(this));
                condition.addTo(request);
            }
            if (random.nextBoolean()) {
                request.put("ReturnValues", random.nextBoolean() ? "ALL_OLD" : "NONE");
            }
        }
        return request;
    }

    private ObjectNode get() {
        ObjectNode request = object();
        request.put("TableName", table);
        request.set("Key", key());
        if (random.nextInt(3) == 0) {
            Expression projection = new Expression();
            request.put("ProjectionExpression", projection.projection(this));
            projection.addTo(request);
        }
        if (random.nextBoolean()) {
            request.put("ConsistentRead", true);
        }
        return request;
    }

    private ObjectNode update() {
        ObjectNode request = object();
        request.put("TableName", table);
        request.set("Key", key());
        Expression expression = new Expression();
        request.put("UpdateExpression", expression.update(this));
        if (random.nextInt(3) == 0) {
            request.put("ConditionExpression", expression.condition(this));
        }
        expression.addTo(request);
        String[] returns = {"NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"};
        request.put("ReturnValues", returns[random.nextInt(returns.length)]);
        return request;
    }

    private ObjectNode delete() {
        ObjectNode request = object();
        request.put("TableName", table);
        request.set("Key", key());
        if (random.nextBoolean()) {
            Expression condition = new Expression();
            request.put("ConditionExpression", condition.condition(this));
            condition.addTo(request);
        }
        if (random.nextBoolean()) {
            request.put("ReturnValues", "ALL_OLD");
        }
        return request;
    }

    private ObjectNode query() {
        ObjectNode request = object();
        request.put("TableName", table);
        Expression expression = new Expression();
        String partition = expression.value(text(pick(PARTITIONS)));
        String keyCondition = expression.name("pk") + " = " + partition;
        switch (random.nextInt(6)) {
            case 0 -> keyCondition += " AND " + expression.name("sk") + " BETWEEN " + expression.value(number(pick(SORT_KEYS)))
                    + " AND " + expression.value(number("100"));
            case 1 -> keyCondition += " AND " + expression.name("sk") + " < " + expression.value(number(pick(SORT_KEYS)));
            case 2 -> keyCondition += " AND sk >= " + expression.value(number(pick(SORT_KEYS)));
            case 3 -> keyCondition += " AND " + expression.name("sk") + " = " + expression.value(number(pick(SORT_KEYS)));
            default -> {
                // the partition alone
            }
        }
        request.put("KeyConditionExpression", keyCondition);
        readOptions(request, expression);
        expression.addTo(request);
        return request;
    }

    private ObjectNode gsiQuery() {
        ObjectNode request = object();
        request.put("TableName", table);
        request.put("IndexName", GSI);
        Expression expression = new Expression();
        String keyCondition = expression.name("g") + " = " + expression.value(text(indexWord()));
        if (random.nextBoolean()) {
            keyCondition += " AND " + expression.name("gs") + " > " + expression.value(number(pick(NUMBERS)));
        }
        request.put("KeyConditionExpression", keyCondition);
        readOptions(request, expression);
        expression.addTo(request);
        return request;
    }

    private ObjectNode scan() {
        ObjectNode request = object();
        request.put("TableName", table);
        if (random.nextInt(4) == 0) {
            request.put("IndexName", GSI);
        }
        Expression expression = new Expression();
        readOptions(request, expression);
        expression.addTo(request);
        return request;
    }

    private void readOptions(ObjectNode request, Expression expression) {
        if (random.nextInt(3) > 0) {
            request.put("Limit", 1 + random.nextInt(4));
        }
        if (random.nextInt(3) == 0) {
            request.put("FilterExpression", expression.condition(this));
        }
        if (request.has("KeyConditionExpression") && random.nextBoolean()) {
            request.put("ScanIndexForward", false);
        }
        if (random.nextInt(6) == 0) {
            request.put("Select", "COUNT");
        } else if (random.nextInt(4) == 0) {
            request.put("ProjectionExpression", expression.projection(this));
        }
    }

    private ObjectNode batchWrite() {
        ObjectNode request = object();
        ArrayNode writes = request.putObject("RequestItems").putArray(table);
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            ObjectNode key = key();
            if (!used.add(key.toString())) {
                continue;
            }
            if (random.nextInt(3) == 0) {
                writes.addObject().putObject("DeleteRequest").set("Key", key);
            } else {
                ObjectNode item = item();
                item.setAll(key);
                writes.addObject().putObject("PutRequest").set("Item", item);
            }
        }
        return request;
    }

    private ObjectNode batchGet() {
        ObjectNode request = object();
        ObjectNode forTable = request.putObject("RequestItems").putObject(table);
        ArrayNode keys = forTable.putArray("Keys");
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            ObjectNode key = key();
            if (used.add(key.toString())) {
                keys.add(key);
            }
        }
        if (random.nextInt(3) == 0) {
            Expression projection = new Expression();
            forTable.put("ProjectionExpression", projection.projection(this));
            if (!projection.names.isEmpty()) {
                forTable.set("ExpressionAttributeNames", projection.names);
            }
        }
        return request;
    }

    private ObjectNode transactWrite() {
        ObjectNode request = object();
        ArrayNode items = request.putArray("TransactItems");
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            ObjectNode key = key();
            if (!used.add(key.toString())) {
                continue;
            }
            ObjectNode action;
            Expression expression = new Expression();
            switch (random.nextInt(4)) {
                case 0 -> {
                    action = items.addObject().putObject("Put");
                    ObjectNode item = item();
                    item.setAll(key);
                    action.set("Item", item);
                }
                case 1 -> {
                    action = items.addObject().putObject("Update");
                    action.set("Key", key);
                    action.put("UpdateExpression", expression.update(this));
                }
                case 2 -> {
                    action = items.addObject().putObject("Delete");
                    action.set("Key", key);
                }
                default -> {
                    action = items.addObject().putObject("ConditionCheck");
                    action.set("Key", key);
                    action.put("ConditionExpression", expression.condition(this));
                }
            }
            action.put("TableName", table);
            if (!action.has("ConditionExpression") && random.nextInt(3) == 0) {
                action.put("ConditionExpression", expression.condition(this));
            }
            expression.addTo(action);
        }
        return request;
    }

    private ObjectNode transactGet() {
        ObjectNode request = object();
        ArrayNode items = request.putArray("TransactItems");
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            ObjectNode key = key();
            if (used.add(key.toString())) {
                ObjectNode get = items.addObject().putObject("Get");
                get.put("TableName", table);
                get.set("Key", key);
            }
        }
        return request;
    }

    ObjectNode key() {
        ObjectNode key = object();
        key.set("pk", text(pick(PARTITIONS)));
        key.set("sk", number(pick(SORT_KEYS)));
        return key;
    }

    private ObjectNode item() {
        ObjectNode item = key();
        if (random.nextInt(3) > 0) {
            item.set("g", text(indexWord()));
            item.set("gs", number(pick(NUMBERS)));
        }
        for (String name : new String[] {"s", "n", "b", "ss", "ns", "bs", "m", "l", "flag", "nothing"}) {
            if (random.nextInt(3) > 0) {
                item.set(name, valueFor(name));
            }
        }
        return item;
    }

    /** A random value of the type the attribute {@code name} always has in these items. */
    JsonNode valueFor(String name) {
        return switch (name) {
            case "s", "g" -> text(pick(WORDS));
            case "n", "gs" -> number(pick(NUMBERS));
            case "b" -> binary();
            case "ss" -> set("SS", () -> pick(WORDS));
            case "ns" -> set("NS", () -> pick(NUMBERS));
            case "bs" -> set("BS", () -> binary().get("B").asText());
            case "m" -> map(2);
            case "l" -> list(2);
            case "flag" -> object().put("BOOL", random.nextBoolean());
            case "nothing" -> object().put("NULL", true);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private JsonNode map(int depth) {
        ObjectNode map = object();
        ObjectNode members = map.putObject("M");
        for (String name : new String[] {"x", "y", "inner"}) {
            if (random.nextBoolean()) {
                members.set(name, name.equals("inner") && depth > 0 ? map(depth - 1) : anyScalar());
            }
        }
        if (depth > 0 && random.nextBoolean()) {
            members.set("items", list(depth - 1));
        }
        return map;
    }

    private JsonNode list(int depth) {
        ObjectNode list = object();
        ArrayNode elements = list.putArray("L");
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            elements.add(depth > 0 && random.nextInt(4) == 0 ? map(depth - 1) : anyScalar());
        }
        return list;
    }

    private JsonNode anyScalar() {
        return switch (random.nextInt(4)) {
            case 0 -> text(pick(WORDS));
            case 1 -> number(pick(NUMBERS));
            case 2 -> binary();
            default -> object().put("BOOL", random.nextBoolean());
        };
    }

    private JsonNode set(String type, java.util.function.Supplier<String> element) {
        Set<String> elements = new LinkedHashSet<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            String e = element.get();
            if (!(type.equals("SS") && e.isEmpty())) {
                elements.add(e);
            }
        }
        if (elements.isEmpty()) {
            elements.add("x");
        }
        ObjectNode set = object();
        ArrayNode array = set.putArray(type);
        elements.forEach(array::add);
        return set;
    }

    private JsonNode binary() {
        byte[] bytes = new byte[1 + random.nextInt(4)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (random.nextBoolean() ? random.nextInt(4) : random.nextInt(256));
        }
        return object().put("B", Base64.getEncoder().encodeToString(bytes));
    }

    /** A word that can be an index key (not empty). */
    private String indexWord() {
        String word = pick(WORDS);
        return word.isEmpty() ? "alpha" : word;
    }

    String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    static ObjectNode text(String s) {
        return object().put("S", s);
    }

    static ObjectNode number(String n) {
        return object().put("N", n);
    }

    static ObjectNode object() {
        return SdkJson.MAPPER.createObjectNode();
    }
}
