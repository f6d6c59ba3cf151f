package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.storage.ItemStore;
import java.util.Map;
import java.util.function.Function;

/** The operations DynamoDB's API names, over one store. Thread-safe. */
public final class Engine {
    private final Map<String, Function<Call, ObjectNode>> operations;
    private final TimeToLive timeToLive;

    public Engine(ItemStore store) {
        Catalog catalog = new Catalog(store);
        Guard guard = new Guard(store);
        TableOperations tables = new TableOperations(catalog);
        ItemOperations items = new ItemOperations(catalog, guard);
        ReadOperations reads = new ReadOperations(catalog, guard);
        BatchOperations batches = new BatchOperations(catalog, guard);
        TransactionOperations transactions = new TransactionOperations(catalog, guard);
        this.timeToLive = new TimeToLive(catalog, guard);
        this.operations = Map.ofEntries(
                Map.entry("CreateTable", tables::createTable),
                Map.entry("DeleteTable", tables::deleteTable),
                Map.entry("DescribeTable", tables::describeTable),
                Map.entry("ListTables", tables::listTables),
                Map.entry("UpdateTimeToLive", tables::updateTimeToLive),
                Map.entry("DescribeTimeToLive", tables::describeTimeToLive),
                Map.entry("PutItem", items::putItem),
                Map.entry("GetItem", items::getItem),
                Map.entry("UpdateItem", items::updateItem),
                Map.entry("DeleteItem", items::deleteItem),
                Map.entry("Query", reads::query),
                Map.entry("Scan", reads::scan),
                Map.entry("BatchWriteItem", batches::batchWriteItem),
                Map.entry("BatchGetItem", batches::batchGetItem),
                Map.entry("TransactWriteItems", transactions::transactWriteItems),
                Map.entry("TransactGetItems", transactions::transactGetItems));
    }

    public ObjectNode handle(Call call) {
        Function<Call, ObjectNode> operation = operations.get(call.operation());
        if (operation == null) {
            throw DynamoDbException.unknownOperation();
        }
        return operation.apply(call);
    }

    /** Deletes items whose TTL attribute is at or before {@code epochSeconds}; answers how many went. */
    public int expireItems(long epochSeconds) {
        return timeToLive.expire(epochSeconds);
    }
}
