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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** What a caller sees for requests DynamoDB refuses: the exception type, HTTP 400 and AWS's own words. */
class ValidationMessagesTest {
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

    @Test
    void tables_duplicateAndMissing() {
        assertThatThrownBy(() -> Tables.hashOnly(client, "things", "id", ScalarAttributeType.S))
                .isInstanceOf(ResourceInUseException.class).hasMessageStartingWith("Table already exists: things");
        assertThatThrownBy(() -> client.describeTable(request -> request.tableName("absent-table")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found: Table: absent-table not found");
        assertThatThrownBy(() -> client.deleteTable(request -> request.tableName("absent-table")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void keys_wrongTypeMissingOrEmpty() {
        assertThatThrownBy(() -> client.putItem(request -> request.tableName("things").item(Map.of("id", n("1")))))
                .hasMessageStartingWith("One or more parameter values were invalid: Type mismatch for key id expected: S actual: N");
        assertThatThrownBy(() -> client.putItem(request -> request.tableName("things").item(Map.of("other", s("1")))))
                .hasMessageStartingWith("One or more parameter values were invalid: Missing the key id in the item");
        assertThatThrownBy(() -> client.getItem(request -> request.tableName("things").key(Map.of("id", s("1"), "extra", s("2")))))
                .hasMessageStartingWith("The provided key element does not match the schema");
        assertThatThrownBy(() -> client.putItem(request -> request.tableName("things").item(Map.of("id", s("")))))
                .hasMessageStartingWith("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: id");
    }

    @Test
    void aPartitionKeyOver2048Bytes_isRefused() {
        assertThatThrownBy(() -> client.putItem(request -> request.tableName("things").item(Map.of("id", s("k".repeat(2049))))))
                .hasMessageStartingWith("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes");
    }

    @Test
    void values_setsAndNumbers() {
        assertThatThrownBy(() -> client.putItem(request -> request.tableName("things")
                .item(Map.of("id", s("v"), "tags", AttributeValue.fromSs(List.of("a", "a"))))))
                .hasMessageStartingWith("One or more parameter values were invalid: Input collection [a, a] contains duplicates.");
        assertThatThrownBy(() -> client.putItem(request -> request.tableName("things")
                .item(Map.of("id", s("v"), "n", n("123456789012345678901234567890123456789")))))
                .hasMessageStartingWith("Attempting to store more than 38 significant digits in a Number");
    }

    @Test
    void anItemOver400Kb_isRefused_andNothingIsStored() {
        assertThatThrownBy(() -> client.putItem(request -> request.tableName("things")
                .item(Map.of("id", s("huge"), "text", s("x".repeat(410 * 1024))))))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith("Item size has exceeded the maximum allowed size");
        assertThat(client.getItem(request -> request.tableName("things").key(Map.of("id", s("huge")))).hasItem()).isFalse();
    }

    @Test
    void placeholders_withoutAnExpression_orUndefinedInOne() {
        assertThatThrownBy(() -> client.putItem(request -> request.tableName("things").item(Map.of("id", s("p")))
                .expressionAttributeValues(Map.of(":v", s("x")))))
                .hasMessageStartingWith("ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null");
        assertThatThrownBy(() -> client.getItem(request -> request.tableName("things").key(Map.of("id", s("p")))
                .expressionAttributeNames(Map.of("#n", "name"))))
                .hasMessageStartingWith("ExpressionAttributeNames can only be specified when using expressions");
        assertThatThrownBy(() -> client.getItem(request -> request.tableName("things").key(Map.of("id", s("p")))
                .projectionExpression("#n")))
                .hasMessageStartingWith("Invalid ProjectionExpression: An expression attribute name used in the document path is not defined; attribute name: #n");
    }

    @Test
    void expressionSyntax_namesTheTokenAndWhereItIs() {
        assertThatThrownBy(() -> client.putItem(request -> request.tableName("things").item(Map.of("id", s("x")))
                .conditionExpression("attribute_exists(id) AND")))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"");
        assertThatThrownBy(() -> client.putItem(request -> request.tableName("things").item(Map.of("id", s("x")))
                .conditionExpression("unknown_fn(id)")))
                .hasMessageStartingWith("Invalid ConditionExpression: Invalid function name; function: unknown_fn");
    }
}
