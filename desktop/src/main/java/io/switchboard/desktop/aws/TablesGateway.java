package io.switchboard.desktop.aws;

import io.switchboard.desktop.aws.dynamodb.ItemRow;
import io.switchboard.desktop.aws.dynamodb.KeyQuery;
import io.switchboard.desktop.aws.dynamodb.TableShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Any of the stack's DynamoDB tables, item by item, as NoSQL Workbench's item explorer reads them:
 * DescribeTable (and DescribeTimeToLive), Scan and Query a page at a time, GetItem, DeleteItem.
 */
public final class TablesGateway {
    private final ClientCache clients;

    public TablesGateway(ClientCache clients) {
        this.clients = clients;
    }

    /** The table's key, indexes and TTL attribute. */
    public TableShape shape(String table) {
        TableDescription description = clients.dynamoDb().describeTable(b -> b.tableName(table)).table();
        Map<String, String> types = new HashMap<>();
        for (AttributeDefinition definition : description.attributeDefinitions()) {
            types.put(definition.attributeName(), definition.attributeTypeAsString());
        }
        List<TableShape.Index> indexes = description.globalSecondaryIndexes().stream()
                .map(gsi -> new TableShape.Index(gsi.indexName(), key(gsi.keySchema()))).toList();
        return new TableShape(table, key(description.keySchema()), indexes, types, ttlAttribute(table));
    }

    /** One page of a Scan: at most {@code limit} items, from {@code start} (null: the beginning). */
    public ItemPage scan(String table, int limit, Cursor start) {
        ScanResponse response = clients.dynamoDb().scan(b -> b.tableName(table).limit(limit).exclusiveStartKey(start == null ? null : start.key()));
        return page(response.items(), response.lastEvaluatedKey(), response.scannedCount());
    }

    /** One page of a Query on the table's key or an index. */
    public ItemPage query(KeyQuery query, int limit, Cursor start) {
        QueryRequest.Builder request = QueryRequest.builder().tableName(query.table().name()).indexName(query.indexName())
                .keyConditionExpression(query.keyConditionExpression())
                .expressionAttributeNames(query.names()).expressionAttributeValues(query.values())
                .limit(limit).exclusiveStartKey(start == null ? null : start.key());
        QueryResponse response = clients.dynamoDb().query(request.build());
        return page(response.items(), response.lastEvaluatedKey(), response.scannedCount());
    }

    /** The item with this primary key, read consistently, or empty. */
    public Optional<Map<String, AttributeValue>> item(String table, Map<String, AttributeValue> key) {
        var response = clients.dynamoDb().getItem(b -> b.tableName(table).key(key).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /** The listed item as the table holds it now (every attribute: an index may project only some), or empty when gone. */
    public Optional<ItemRow> reread(TableShape table, ItemRow row) {
        return item(table.name(), table.primaryKey(row.item())).map(ItemRow::new);
    }

    /** {@link #delete(TableShape, Map)} for a listed item. */
    public boolean delete(TableShape table, ItemRow row) {
        return delete(table, table.primaryKey(row.item()));
    }

    /**
     * Deletes the item with this primary key, only if it is still there.
     *
     * @return false when there was no such item (someone or its TTL deleted it meanwhile)
     */
    public boolean delete(TableShape table, Map<String, AttributeValue> key) {
        try {
            clients.dynamoDb().deleteItem(b -> b.tableName(table.name()).key(key)
                    .conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", table.key().partition())));
            return true;
        } catch (ConditionalCheckFailedException gone) {
            return false;
        }
    }

    /** A page of items and where the next begins (null: this was the last). {@code scanned}: items DynamoDB read for it. */
    public record ItemPage(List<ItemRow> items, Cursor next, int scanned) {
    }

    /** Where the next page begins: the last key DynamoDB evaluated. */
    public record Cursor(Map<String, AttributeValue> key) {
    }

    private static ItemPage page(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluated, Integer scanned) {
        Cursor next = lastEvaluated == null || lastEvaluated.isEmpty() ? null : new Cursor(lastEvaluated);
        return new ItemPage(items.stream().map(ItemRow::new).toList(), next, scanned == null ? 0 : scanned);
    }

    private String ttlAttribute(String table) {
        try {
            var ttl = clients.dynamoDb().describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
            return ttl != null && ttl.timeToLiveStatus() == TimeToLiveStatus.ENABLED ? ttl.attributeName() : "";
        } catch (DynamoDbException unsupported) {
            return ""; // an endpoint without TTL: the attribute is shown as the number it is
        }
    }

    private static TableShape.KeySchema key(List<KeySchemaElement> schema) {
        String partition = schema.stream().filter(k -> k.keyType() == KeyType.HASH).map(KeySchemaElement::attributeName).findFirst().orElseThrow();
        String sort = schema.stream().filter(k -> k.keyType() == KeyType.RANGE).map(KeySchemaElement::attributeName).findFirst().orElse("");
        return new TableShape.KeySchema(partition, sort);
    }
}
