package io.switchboard.dynamodb.operations;

import io.switchboard.dynamodb.table.TableDefinition;
import io.switchboard.dynamodb.value.KeyCodec;
import io.switchboard.dynamodb.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.Cursor;

/**
 * TTL expiry, as AWS documents it: an item whose TTL attribute is a Number of epoch seconds in the
 * past is deleted some time later; until then reads still return it. Items whose TTL lies more than
 * five years in the past, or whose TTL attribute is not a Number, are never deleted. A sweep reads
 * only the due range of the table's expiry map, never the whole table.
 */
final class TimeToLive {
    private static final long FIVE_YEARS = 5L * 365 * 24 * 3600;
    private static final int BATCH = 500;

    private final Catalog catalog;
    private final Guard guard;

    TimeToLive(Catalog catalog, Guard guard) {
        this.catalog = catalog;
        this.guard = guard;
    }

    int expire(long now) {
        int deleted = 0;
        for (TableDefinition table : catalog.all()) {
            if (table.ttlAttribute() != null) {
                deleted += expire(catalog.data(table), table.ttlAttribute(), now);
            }
        }
        return deleted;
    }

    private int expire(TableData table, String attribute, long now) {
        String from = KeyCodec.encode(Value.number(BigDecimal.valueOf(now - FIVE_YEARS)));
        String to = KeyCodec.encode(Value.number(BigDecimal.valueOf(now))) + KeyCodec.AFTER_ALL;
        int deleted = 0;
        while (true) {
            List<String> due = guard.read(() -> {
                List<String> keys = new ArrayList<>();
                Cursor<String, String> cursor = table.expiries().cursor(from, to, false);
                while (cursor.hasNext() && keys.size() < BATCH) {
                    cursor.next();
                    keys.add(cursor.getValue());
                }
                return keys;
            });
            if (due.isEmpty()) {
                return deleted;
            }
            int batch = guard.write(() -> {
                int gone = 0;
                for (String key : due) {
                    Map<String, Value> current = table.getByStorageKey(key);
                    if (current != null && isExpired(current.get(attribute), now)) {
                        table.delete(current);
                        gone++;
                    }
                }
                return gone;
            });
            deleted += batch;
            if (batch == 0) {
                return deleted;
            }
        }
    }

    static boolean isExpired(Value ttl, long now) {
        if (!(ttl instanceof Value.N number)) {
            return false;
        }
        BigDecimal expiry = number.value();
        return expiry.compareTo(BigDecimal.valueOf(now)) <= 0 && expiry.compareTo(BigDecimal.valueOf(now - FIVE_YEARS)) >= 0;
    }
}
