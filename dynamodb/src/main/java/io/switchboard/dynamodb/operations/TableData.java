package io.switchboard.dynamodb.operations;

import io.switchboard.dynamodb.storage.ItemStore;
import io.switchboard.dynamodb.table.IndexDefinition;
import io.switchboard.dynamodb.table.TableDefinition;
import io.switchboard.dynamodb.value.ItemSize;
import io.switchboard.dynamodb.value.KeyCodec;
import io.switchboard.dynamodb.value.Value;
import java.util.Map;
import org.h2.mvstore.MVMap;

/**
 * One table's items and its secondary indexes in the store. Callers hold the engine's lock: a
 * write changes the item and every index entry together.
 */
final class TableData {
    private final TableDefinition definition;
    private final ItemStore store;
    private final MVMap<String, String> items;

    TableData(TableDefinition definition, ItemStore store) {
        this.definition = definition;
        this.store = store;
        this.items = store.items(definition.id());
    }

    TableDefinition definition() {
        return definition;
    }

    MVMap<String, String> items() {
        return items;
    }

    MVMap<String, String> index(IndexDefinition index) {
        return store.index(definition.id(), index.name());
    }

    /** The stored item with this (checked) key, or null. */
    Map<String, Value> get(Map<String, Value> key) {
        String json = items.get(storageKey(key));
        return json == null ? null : ItemCodec.read(json);
    }

    Map<String, Value> getByStorageKey(String storageKey) {
        String json = items.get(storageKey);
        return json == null ? null : ItemCodec.read(json);
    }

    /** Replaces {@code old} (null when absent) by {@code item}. */
    void put(Map<String, Value> item, Map<String, Value> old) {
        String key = storageKey(item);
        items.put(key, ItemCodec.write(item));
        for (IndexDefinition index : definition.indexes()) {
            MVMap<String, String> entries = index(index);
            if (old != null) {
                String oldEntry = indexKey(index, old, key);
                if (oldEntry != null) {
                    entries.remove(oldEntry);
                }
            }
            String entry = indexKey(index, item, key);
            if (entry != null) {
                entries.put(entry, key);
            }
        }
        store.addSize(definition.id(), ItemSize.of(item) - (old == null ? 0 : ItemSize.of(old)));
    }

    void delete(Map<String, Value> old) {
        String key = storageKey(old);
        items.remove(key);
        for (IndexDefinition index : definition.indexes()) {
            String oldEntry = indexKey(index, old, key);
            if (oldEntry != null) {
                index(index).remove(oldEntry);
            }
        }
        store.addSize(definition.id(), -ItemSize.of(old));
    }

    long itemCount() {
        return items.sizeAsLong();
    }

    long sizeBytes() {
        return store.sizeBytes(definition.id());
    }

    String storageKey(Map<String, Value> item) {
        return KeyCodec.encode(item.get(definition.key().hash()),
                definition.key().range() == null ? null : item.get(definition.key().range()));
    }

    /** The index entry of an item: its index key then its primary key; null when the item lacks an index key (sparse index). */
    String indexKey(IndexDefinition index, Map<String, Value> item, String storageKey) {
        Value hash = item.get(index.key().hash());
        Value range = index.key().range() == null ? null : item.get(index.key().range());
        if (hash == null || index.key().range() != null && range == null) {
            return null;
        }
        return KeyCodec.encode(hash, range) + storageKey;
    }
}
