package io.switchboard.dynamodb.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What CreateTable declared (and UpdateTimeToLive changed): the catalog's record of one table.
 * {@code id} names the table's maps in the store, so a table deleted and created again starts empty.
 */
public record TableDefinition(String name, String id, KeySchema key, Map<String, String> attributeTypes,
                              List<IndexDefinition> indexes, String billingMode, long readCapacity, long writeCapacity,
                              double createdAt, String ttlAttribute, JsonNode streamSpecification,
                              boolean deletionProtection) {
    public TableDefinition {
        indexes = List.copyOf(indexes);
        attributeTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributeTypes));
    }

    public TableDefinition withTtl(String attribute) {
        return new TableDefinition(name, id, key, attributeTypes, indexes, billingMode, readCapacity, writeCapacity,
                createdAt, attribute, streamSpecification, deletionProtection);
    }

    public Optional<IndexDefinition> index(String indexName) {
        return indexes.stream().filter(index -> index.name().equals(indexName)).findFirst();
    }

    /** The table's key attributes. */
    public Set<String> keyAttributes() {
        return new LinkedHashSet<>(key.attributes());
    }

    /** Every attribute some key (table or index) is made of: their types are checked on each write. */
    public List<String> allKeyAttributes() {
        Set<String> names = new LinkedHashSet<>(key.attributes());
        indexes.forEach(index -> names.addAll(index.key().attributes()));
        return new ArrayList<>(names);
    }
}
