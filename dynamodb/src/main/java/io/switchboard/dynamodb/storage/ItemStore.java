package io.switchboard.dynamodb.storage;

import java.nio.file.Path;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The MVStore behind the engine: a catalog map (table name to definition JSON), one map per table
 * (encoded primary key to item JSON) and one per secondary index (encoded index key, then primary
 * key, to the primary key). MVStore writes copy-on-write chunks, so a crash leaves the last
 * committed state readable; commits happen after each write request and in the background.
 */
public final class ItemStore implements AutoCloseable {
    private final MVStore store;
    private final MVMap<String, String> catalog;
    private final MVMap<String, Long> sizes;

    private ItemStore(MVStore store) {
        this.store = store;
        this.catalog = store.openMap("catalog");
        this.sizes = store.openMap("table-sizes");
    }

    public static ItemStore inMemory() {
        return new ItemStore(new MVStore.Builder().open());
    }

    public static ItemStore inFile(Path file) {
        return new ItemStore(new MVStore.Builder().fileName(file.toString()).autoCommitBufferSize(4096).open());
    }

    public MVMap<String, String> catalog() {
        return catalog;
    }

    public MVMap<String, String> items(String tableId) {
        return store.openMap("items." + tableId);
    }

    public MVMap<String, String> index(String tableId, String indexName) {
        return store.openMap("index." + tableId + "." + indexName);
    }

    public void removeMaps(String tableId, Iterable<String> indexNames) {
        store.removeMap("items." + tableId);
        for (String index : indexNames) {
            store.removeMap("index." + tableId + "." + index);
        }
        sizes.remove(tableId);
    }

    public long sizeBytes(String tableId) {
        return sizes.getOrDefault(tableId, 0L);
    }

    public void addSize(String tableId, long delta) {
        if (delta != 0) {
            sizes.put(tableId, Math.max(0, sizeBytes(tableId) + delta));
        }
    }

    /** Makes the changes so far durable (no-op in memory). */
    public void commit() {
        if (store.getFileStore() != null) {
            store.commit();
        }
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}
