package io.switchboard.dynamodb.operations;

import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.table.IndexDefinition;
import io.switchboard.dynamodb.table.TableDefinition;
import io.switchboard.dynamodb.value.ItemSize;
import io.switchboard.dynamodb.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks keys and items against a table's schema, with DynamoDB's messages. */
final class Keys {
    private Keys() {
    }

    /** A Key parameter (GetItem, DeleteItem, UpdateItem, batches): exactly the key attributes, of the right types. */
    static Map<String, Value> key(TableDefinition table, Map<String, Value> key) {
        if (key.size() != table.key().attributes().size()) {
            throw DynamoDbException.validation("The provided key element does not match the schema");
        }
        Map<String, Value> checked = new LinkedHashMap<>();
        for (String attribute : table.key().attributes()) {
            Value value = key.get(attribute);
            if (value == null || !value.type().equals(table.attributeTypes().get(attribute))) {
                throw DynamoDbException.validation("The provided key element does not match the schema");
            }
            checkNotEmpty(attribute, value);
            checked.put(attribute, value);
        }
        return checked;
    }

    /** A whole item about to be written: key attributes present and typed, index keys typed, size within 400 KB. */
    static void item(TableDefinition table, Map<String, Value> item) {
        for (String attribute : table.key().attributes()) {
            Value value = item.get(attribute);
            if (value == null) {
                throw DynamoDbException.invalidParameter("Missing the key " + attribute + " in the item");
            }
            String expected = table.attributeTypes().get(attribute);
            if (!value.type().equals(expected)) {
                throw DynamoDbException.invalidParameter("Type mismatch for key " + attribute + " expected: " + expected
                        + " actual: " + value.type());
            }
            checkNotEmpty(attribute, value);
        }
        for (IndexDefinition index : table.indexes()) {
            for (String attribute : index.key().attributes()) {
                Value value = item.get(attribute);
                String expected = table.attributeTypes().get(attribute);
                if (value != null && !value.type().equals(expected)) {
                    throw DynamoDbException.invalidParameter("Type mismatch for Index Key " + attribute + " Expected: "
                            + expected + " Actual: " + value.type() + " IndexName: " + index.name());
                }
                if (value != null && isEmpty(value)) {
                    throw DynamoDbException.validation("One or more parameter values are not valid. A value specified for a "
                            + "secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty "
                            + (value instanceof Value.S ? "string" : "binary") + " value. IndexName: " + index.name()
                            + ", IndexKey: " + attribute);
                }
            }
        }
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw DynamoDbException.validation("Item size has exceeded the maximum allowed size");
        }
    }

    static Map<String, Value> keyOf(TableDefinition table, Map<String, Value> item) {
        Map<String, Value> key = new LinkedHashMap<>();
        for (String attribute : table.key().attributes()) {
            key.put(attribute, item.get(attribute));
        }
        return key;
    }

    private static void checkNotEmpty(String attribute, Value value) {
        if (isEmpty(value)) {
            throw DynamoDbException.validation("One or more parameter values are not valid. The AttributeValue for a key attribute "
                    + "cannot contain an empty " + (value instanceof Value.S ? "string" : "binary") + " value. Key: " + attribute);
        }
    }

    private static boolean isEmpty(Value value) {
        return value instanceof Value.S s && s.value().isEmpty() || value instanceof Value.B b && b.value().length() == 0;
    }
}
