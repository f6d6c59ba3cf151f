package io.switchboard.dynamodb.table;

import java.util.ArrayList;
import java.util.List;

/** A table's or index's key: the partition (HASH) attribute and the optional sort (RANGE) attribute. */
public record KeySchema(String hash, String range) {
    public List<String> attributes() {
        List<String> names = new ArrayList<>();
        names.add(hash);
        if (range != null) {
            names.add(range);
        }
        return names;
    }
}
