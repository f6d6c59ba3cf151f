package io.switchboard.stack.sandbox.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class DynamoDbLocalServerTest {

    @Test
    void persistedServer_keepsTablesAcrossRestarts(@TempDir Path folder) {
        try (DynamoDbLocalServer first = DynamoDbLocalServer.persistedIn(folder).start();
             DynamoDbClient client = first.newClient()) {
            client.createTable(b -> b.tableName("calls").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
        }

        try (DynamoDbLocalServer second = DynamoDbLocalServer.persistedIn(folder).start();
             DynamoDbClient client = second.newClient()) {
            assertThat(second.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(client.listTables().tableNames()).containsExactly("calls");
        }
    }
}
