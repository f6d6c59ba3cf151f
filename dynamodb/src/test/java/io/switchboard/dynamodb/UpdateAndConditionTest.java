package io.switchboard.dynamodb;

import static io.switchboard.dynamodb.EngineClient.b;
import static io.switchboard.dynamodb.EngineClient.m;
import static io.switchboard.dynamodb.EngineClient.n;
import static io.switchboard.dynamodb.EngineClient.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class UpdateAndConditionTest {
    private static DynamoDbServer server;
    private static DynamoDbClient client;

    @BeforeAll
    static void start() {
        server = DynamoDbServer.inMemory().start();
        client = EngineClient.against(server.endpoint());
        Tables.hashOnly(client, "things", "id", ScalarAttributeType.S);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static void put(String id, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.put("id", s(id));
        client.putItem(request -> request.tableName("things").item(item));
    }

    private static Map<String, AttributeValue> get(String id) {
        return client.getItem(request -> request.tableName("things").key(Map.of("id", s(id))).consistentRead(true)).item();
    }

    private static Map<String, AttributeValue> update(String id, String expression, Map<String, AttributeValue> values) {
        return client.updateItem(request -> request.tableName("things").key(Map.of("id", s(id)))
                .updateExpression(expression).expressionAttributeValues(values.isEmpty() ? null : values)
                .returnValues(ReturnValue.ALL_NEW)).attributes();
    }

    @Test
    void update_arithmeticAndNestedSet_changeOnlyWhatTheyName() {
        put("u2", Map.of("count", n("5"), "doc", m(Map.of("list", AttributeValue.fromL(List.of(n("1"), m(Map.of("c", s("old")))))))));

        Map<String, AttributeValue> after = client.updateItem(request -> request.tableName("things").key(Map.of("id", s("u2")))
                .updateExpression("SET #c = #c + :one, fresh = if_not_exists(fresh, :zero), doc.#l[1].c = :new, tail = list_append(:l1, :l2)")
                .expressionAttributeNames(Map.of("#c", "count", "#l", "list"))
                .expressionAttributeValues(Map.of(":one", n("1"), ":zero", n("0"), ":new", s("new"),
                        ":l1", AttributeValue.fromL(List.of(s("a"))), ":l2", AttributeValue.fromL(List.of(s("b")))))
                .returnValues(ReturnValue.ALL_NEW)).attributes();

        assertThat(after.get("count").n()).isEqualTo("6");
        assertThat(after.get("fresh").n()).isEqualTo("0");
        assertThat(after.get("doc").m().get("list").l().get(1).m().get("c").s()).isEqualTo("new");
        assertThat(after.get("tail").l()).extracting(AttributeValue::s).containsExactly("a", "b");
    }

    @Test
    void remove_listElementsByIndex_andSetArithmeticOnSets() {
        put("u4", Map.of("entries", AttributeValue.fromL(List.of(s("a"), s("b"), s("c"), s("d"))),
                "tags", AttributeValue.fromSs(List.of("x", "y", "z")), "gone", s("bye")));

        update("u4", "REMOVE gone, entries[1], entries[3] ADD visits :two, tags :w",
                Map.of(":two", n("2"), ":w", AttributeValue.fromSs(List.of("w"))));
        Map<String, AttributeValue> after = update("u4", "DELETE tags :xy", Map.of(":xy", AttributeValue.fromSs(List.of("x", "y"))));

        assertThat(after).doesNotContainKey("gone");
        assertThat(after.get("entries").l()).extracting(AttributeValue::s).containsExactly("a", "c");
        assertThat(after.get("visits").n()).isEqualTo("2");
        assertThat(after.get("tags").ss()).containsExactlyInAnyOrder("z", "w");
    }

    @Test
    void conditionalPut_failsWithTheConditionalCheckMessage_andCanReturnTheOldItem() {
        put("c1", Map.of("state", s("open")));

        assertThatThrownBy(() -> client.putItem(request -> request.tableName("things").item(Map.of("id", s("c1")))
                .conditionExpression("attribute_not_exists(id)")))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .hasMessageStartingWith("The conditional request failed");

        ConditionalCheckFailedException failure = (ConditionalCheckFailedException) org.assertj.core.api.Assertions.catchThrowable(() ->
                client.putItem(request -> request.tableName("things").item(Map.of("id", s("c1")))
                        .conditionExpression("#s = :closed").expressionAttributeNames(Map.of("#s", "state"))
                        .expressionAttributeValues(Map.of(":closed", s("closed")))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertThat(failure.item()).containsEntry("state", s("open"));
        assertThat(get("c1")).containsEntry("state", s("open"));
    }

    @Test
    void conditions_useEveryFunctionAndOperator() {
        put("f1", Map.of("name", s("Alice"), "age", n("42"), "tags", AttributeValue.fromSs(List.of("vip", "new")),
                "bin", b((byte) 1, (byte) 2, (byte) 3), "nested", m(Map.of("deep", AttributeValue.fromL(List.of(n("7")))))));
        Map<String, AttributeValue> values = Map.of(":a", s("Al"), ":age", n("40"), ":hi", n("50"), ":vip", s("vip"),
                ":t", s("SS"), ":three", n("3"), ":seven", n("7"), ":x", s("x"), ":y", s("Alice"));

        String yes = "begins_with(#n, :a) AND age BETWEEN :age AND :hi AND contains(tags, :vip) AND attribute_type(tags, :t)"
                + " AND size(bin) = :three AND nested.deep[0] = :seven AND #n IN (:x, :y) AND NOT attribute_exists(absent)"
                + " AND (age < :age OR age >= :age) AND age <> :hi AND attribute_not_exists(nested.deep[3])";
        client.updateItem(request -> request.tableName("things").key(Map.of("id", s("f1")))
                .updateExpression("SET checked = :three").conditionExpression(yes)
                .expressionAttributeNames(Map.of("#n", "name")).expressionAttributeValues(values));

        assertThat(get("f1")).containsEntry("checked", n("3"));
    }

    @Test
    void updateOfAKeyAttribute_isRefusedWithAwsWording() {
        assertThatThrownBy(() -> update("k1", "SET id = :v", Map.of(":v", s("other"))))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith("One or more parameter values were invalid: Cannot update attribute id. This attribute is part of the key");
    }

    @Test
    void overlappingPaths_unusedPlaceholders_andReservedWords_areValidationErrors() {
        assertThatThrownBy(() -> update("o1", "SET a = :v, a.b = :v", Map.of(":v", s("x"))))
                .hasMessageStartingWith("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]");
        assertThatThrownBy(() -> update("o1", "SET a = :v", Map.of(":v", s("x"), ":unused", s("y"))))
                .hasMessageStartingWith("Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
        assertThatThrownBy(() -> update("o1", "SET status = :v", Map.of(":v", s("x"))))
                .hasMessageStartingWith("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status");
        assertThatThrownBy(() -> update("o1", "SET a = :undefined", Map.of(":v", s("x"))))
                .hasMessageStartingWith("Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :undefined");
    }

    @Test
    void arithmeticOnAString_isAnIncorrectDataTypeError() {
        put("t1", Map.of("word", s("hello")));
        assertThatThrownBy(() -> update("t1", "SET word = word + :one", Map.of(":one", n("1"))))
                .hasMessageStartingWith("An operand in the update expression has an incorrect data type");
    }

    @Test
    void returnValues_updatedOldAndNew_holdOnlyTheUpdatedAttributes() {
        put("r1", Map.of("a", n("1"), "b", n("2")));
        Map<String, AttributeValue> old = client.updateItem(request -> request.tableName("things").key(Map.of("id", s("r1")))
                .updateExpression("SET a = :ten").expressionAttributeValues(Map.of(":ten", n("10")))
                .returnValues(ReturnValue.UPDATED_OLD)).attributes();
        assertThat(old).isEqualTo(Map.of("a", n("1")));
    }

    @Test
    void projection_returnsNestedPathsAndListElements() {
        put("p1", Map.of("a", m(Map.of("b", s("keep"), "c", s("drop"))), "l", AttributeValue.fromL(List.of(s("0"), s("1"), s("2")))));
        Map<String, AttributeValue> item = client.getItem(request -> request.tableName("things").key(Map.of("id", s("p1")))
                .projectionExpression("a.b, l[2], absent")).item();
        assertThat(item).isEqualTo(Map.of("a", m(Map.of("b", s("keep"))), "l", AttributeValue.fromL(List.of(s("2")))));
    }
}
