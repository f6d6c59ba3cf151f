package io.switchboard.dynamodb;

import static io.switchboard.dynamodb.EngineClient.n;
import static io.switchboard.dynamodb.EngineClient.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Older callers' parameters (Expected, KeyConditions, QueryFilter, ScanFilter, AttributesToGet, AttributeUpdates). */
class LegacyParametersTest {
    private static DynamoDbServer server;
    private static DynamoDbClient client;

    @BeforeAll
    static void start() {
        server = DynamoDbServer.inMemory().start();
        client = EngineClient.against(server.endpoint());
        Tables.hashAndRange(client, "legacy", "caller", ScalarAttributeType.S, "startedAt", ScalarAttributeType.N);
        for (int i = 1; i <= 5; i++) {
            int at = i;
            client.putItem(request -> request.tableName("legacy").item(Map.of("caller", s("+44"), "startedAt", n(String.valueOf(at)),
                    "minutes", n(String.valueOf(at * 2)), "note", s("n" + at))));
        }
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void expected_guardsAPut_likeAConditionExpression() {
        assertThatThrownBy(() -> client.putItem(request -> request.tableName("legacy")
                .item(Map.of("caller", s("+44"), "startedAt", n("1")))
                .expected(Map.of("caller", ExpectedAttributeValue.builder().exists(false).build()))))
                .isInstanceOf(ConditionalCheckFailedException.class);
        client.putItem(request -> request.tableName("legacy").item(Map.of("caller", s("+44"), "startedAt", n("1"), "minutes", n("3")))
                .expected(Map.of("minutes", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.LT)
                        .attributeValueList(n("5")).build())));
        assertThat(client.getItem(request -> request.tableName("legacy").key(Map.of("caller", s("+44"), "startedAt", n("1"))))
                .item()).containsEntry("minutes", n("3"));
    }

    @Test
    void keyConditionsQueryFilterAndAttributesToGet_readAsTheirExpressionsWould() {
        List<Map<String, AttributeValue>> items = client.query(request -> request.tableName("legacy")
                .keyConditions(Map.of(
                        "caller", software.amazon.awssdk.services.dynamodb.model.Condition.builder()
                                .comparisonOperator(ComparisonOperator.EQ).attributeValueList(s("+44")).build(),
                        "startedAt", software.amazon.awssdk.services.dynamodb.model.Condition.builder()
                                .comparisonOperator(ComparisonOperator.BETWEEN).attributeValueList(n("2"), n("5")).build()))
                .queryFilter(Map.of("note", software.amazon.awssdk.services.dynamodb.model.Condition.builder()
                        .comparisonOperator(ComparisonOperator.NE).attributeValueList(s("n3")).build()))
                .attributesToGet("startedAt")).items();
        assertThat(items).extracting(item -> item.get("startedAt").n()).containsExactly("2", "4", "5");
        assertThat(items.get(0)).containsOnlyKeys("startedAt");

        assertThat(client.scan(request -> request.tableName("legacy").scanFilter(Map.of("note",
                software.amazon.awssdk.services.dynamodb.model.Condition.builder().comparisonOperator(ComparisonOperator.BEGINS_WITH)
                        .attributeValueList(s("n4")).build()))).count()).isEqualTo(1);
    }

    @Test
    void attributeUpdates_putAddAndDelete() {
        client.updateItem(request -> request.tableName("legacy").key(Map.of("caller", s("+44"), "startedAt", n("5")))
                .attributeUpdates(Map.of(
                        "minutes", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n("1")).build(),
                        "label", AttributeValueUpdate.builder().action(AttributeAction.PUT).value(s("x")).build(),
                        "note", AttributeValueUpdate.builder().action(AttributeAction.DELETE).build())));
        Map<String, AttributeValue> item = client.getItem(request -> request.tableName("legacy")
                .key(Map.of("caller", s("+44"), "startedAt", n("5")))).item();
        assertThat(item).containsEntry("minutes", n("11")).containsEntry("label", s("x")).doesNotContainKey("note");
    }

    @Test
    void legacyAndExpressionParameters_togetherAreRefused() {
        assertThatThrownBy(() -> client.getItem(request -> request.tableName("legacy").key(Map.of("caller", s("+44"), "startedAt", n("1")))
                .attributesToGet("note").projectionExpression("note")))
                .hasMessageStartingWith("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
    }
}
