package io.switchboard.dynamodb.operations;

import io.switchboard.dynamodb.table.TableDefinition;
import io.switchboard.dynamodb.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TTL expiry, as AWS documents it: an item whose TTL attribute is a Number of epoch seconds in the
 * past is deleted some time later; until then reads still return it. Items whose TTL lies more than
 * five years in the past, or whose TTL attribute is not a Number, are never deleted.
 */
final class TimeToLive {
    private static final long FIVE_YEARS = 5L * 365 * 24 * 3600;

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
        List<Map<String, Value>> expired = guard.read(() -> {
            List<Map<String, Value>> found = new ArrayList<>();
            for (String json : table.items().values()) {
                Map<String, Value> item = ItemCodec.read(json);
                if (isExpired(item.get(attribute), now)) {
                    found.add(item);
                }
            }
            return found;
        });
        if (expired.isEmpty()) {
            return 0;
        }
        return guard.write(() -> {
            int deleted = 0;
            for (Map<String, Value> candidate : expired) {
                Map<String, Value> current = table.get(Keys.keyOf(table.definition(), candidate));
                if (current != null && isExpired(current.get(attribute), now)) {
                    table.delete(current);
                    deleted++;
                }
            }
            return deleted;
        });
    }

    static boolean isExpired(Value ttl, long now) {
        if (!(ttl instanceof Value.N number)) {
            return false;
        }
        BigDecimal expiry = number.value();
        return expiry.compareTo(BigDecimal.valueOf(now)) <= 0 && expiry.compareTo(BigDecimal.valueOf(now - FIVE_YEARS)) >= 0;
    }
}
