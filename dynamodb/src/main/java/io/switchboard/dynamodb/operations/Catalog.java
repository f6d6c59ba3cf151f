package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.storage.ItemStore;
import io.switchboard.dynamodb.table.IndexDefinition;
import io.switchboard.dynamodb.table.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The tables that exist, kept in the store's catalog map and cached as definitions. */
final class Catalog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ItemStore store;
    private final Map<String, TableDefinition> tables = new ConcurrentHashMap<>();

    Catalog(ItemStore store) {
        this.store = store;
        for (Map.Entry<String, String> entry : store.catalog().entrySet()) {
            tables.put(entry.getKey(), read(entry.getValue()));
        }
    }

    /** For item operations: AWS answers a bare "Requested resource not found". */
    TableData table(String name) {
        TableDefinition definition = tables.get(name);
        if (definition == null) {
            throw DynamoDbException.resourceNotFound();
        }
        return new TableData(definition, store);
    }

    /** For table operations: AWS names the table in the message. */
    TableDefinition definition(String name) {
        TableDefinition definition = tables.get(name);
        if (definition == null) {
            throw DynamoDbException.tableNotFound(name);
        }
        return definition;
    }

    boolean exists(String name) {
        return tables.containsKey(name);
    }

    void save(TableDefinition definition) {
        store.catalog().put(definition.name(), write(definition));
        tables.put(definition.name(), definition);
    }

    void remove(TableDefinition definition) {
        List<String> indexes = new ArrayList<>();
        for (IndexDefinition index : definition.indexes()) {
            indexes.add(index.name());
        }
        store.catalog().remove(definition.name());
        tables.remove(definition.name());
        store.removeMaps(definition.id(), indexes);
    }

    List<String> names() {
        return new ArrayList<>(new TreeMap<>(tables).keySet());
    }

    List<TableDefinition> all() {
        return new ArrayList<>(tables.values());
    }

    TableData data(TableDefinition definition) {
        return new TableData(definition, store);
    }

    private static TableDefinition read(String json) {
        try {
            return JSON.readValue(json, TableDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable table definition in the catalog: " + json, e);
        }
    }

    private static String write(TableDefinition definition) {
        try {
            return JSON.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
