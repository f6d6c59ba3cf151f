package io.switchboard.dynamodb;

import static io.switchboard.dynamodb.EngineClient.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The shapes AWS recorded for CreateTable, DescribeTable and DeleteTable (../shared/reference/dynamodb-aws-recorded, test_table_crud). */
class TableDescriptionTest {
    private static DynamoDbServer server;
    private static DynamoDbClient client;

    @BeforeAll
    static void start() {
        server = DynamoDbServer.inMemory().start();
        client = EngineClient.against(server.endpoint());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void provisionedTable_isCreatingThenActiveWithItsWarmThroughput_andDeletedWithoutItsSchema() {
        TableDescription created = client.createTable(request -> request.tableName("crud")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .provisionedThroughput(throughput -> throughput.readCapacityUnits(5L).writeCapacityUnits(5L))).tableDescription();
        assertThat(created.tableStatus()).isEqualTo(TableStatus.CREATING);
        assertThat(created.warmThroughput()).isNull();

        TableDescription described = client.describeTable(request -> request.tableName("crud")).table();
        assertThat(described.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(described.warmThroughput().readUnitsPerSecond()).isEqualTo(5L);
        assertThat(described.tableArn()).isEqualTo("arn:aws:dynamodb:eu-west-2:000000000000:table/crud");

        TableDescription deleted = client.deleteTable(request -> request.tableName("crud")).tableDescription();
        assertThat(deleted.tableStatus()).isEqualTo(TableStatus.DELETING);
        assertThat(deleted.hasKeySchema()).isFalse();
        assertThat(deleted.creationDateTime()).isNull();
        assertThat(client.listTables().tableNames()).doesNotContain("crud");
    }

    @Test
    void onDemandTable_describesAwsDefaultWarmThroughput() {
        Tables.hashOnly(client, "on-demand", "id", ScalarAttributeType.S);
        TableDescription described = client.describeTable(request -> request.tableName("on-demand")).table();
        assertThat(described.warmThroughput().readUnitsPerSecond()).isEqualTo(12000L);
        assertThat(described.warmThroughput().writeUnitsPerSecond()).isEqualTo(4000L);
        assertThat(described.billingModeSummary().lastUpdateToPayPerRequestDateTime()).isNotNull();
    }

    @Test
    void batchPut_ofAnItemWithoutItsKey_saysTheKeyDoesNotMatchTheSchema() {
        Tables.hashOnly(client, "batch-schema", "id", ScalarAttributeType.S);
        assertThatThrownBy(() -> client.batchWriteItem(request -> request.requestItems(Map.of("batch-schema", List.of(
                WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of("other", s("x"))).build()).build())))))
                .hasMessageStartingWith("The provided key element does not match the schema");
    }
}
