package io.switchboard.desktop.aws.dynamodb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A DynamoDB Query on a table's key or one of its indexes, as typed in the Tables page: the partition
 * key's value, and optionally a condition on the sort key. Builds the key condition expression with
 * placeholders for every name and value (so reserved words such as {@code day} need no care).
 *
 * @param target {@link TableShape#TABLE_KEY} or an index name
 */
public record KeyQuery(TableShape table, String target, String partitionValue, SortCondition sort, String sortValue) {
    /** How the sort key is compared; {@link #ANY} leaves it out. */
    public enum SortCondition {
        ANY("any"), EQUALS("="), BEGINS_WITH("begins with"), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

        private final String label;

        SortCondition(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public KeyQuery {
        partitionValue = partitionValue == null ? "" : partitionValue.strip();
        sortValue = sortValue == null ? "" : sortValue.strip();
        sort = sort == null ? SortCondition.ANY : sort;
    }

    /** What is wrong with this query in words, or empty when it can run. */
    public String problem() {
        TableShape.KeySchema key = table.keyOf(target);
        if (partitionValue.isEmpty()) {
            return "Type the partition key's value (" + key.partition() + "): a Query reads one partition. Scan reads them all.";
        }
        if (!validFor(key.partition(), partitionValue)) {
            return key.partition() + " is a number: '" + partitionValue + "' is not one.";
        }
        if (sort != SortCondition.ANY) {
            if (!key.hasSort()) {
                return (TableShape.TABLE_KEY.equals(target) ? "The table's key" : "The index " + target) + " has no sort key: choose 'any'.";
            }
            if (sortValue.isEmpty()) {
                return "Type the sort key's value (" + key.sort() + "), or choose 'any'.";
            }
            if (!validFor(key.sort(), sortValue)) {
                return key.sort() + " is a number: '" + sortValue + "' is not one.";
            }
            if (sort == SortCondition.BEGINS_WITH && "N".equals(table.typeOf(key.sort()))) {
                return "begins with works on strings; " + key.sort() + " is a number.";
            }
        }
        return "";
    }

    /** The index to query, or null for the table itself. */
    public String indexName() {
        return TableShape.TABLE_KEY.equals(target) ? null : target;
    }

    public String keyConditionExpression() {
        String partition = "#pk = :pk";
        return switch (sort) {
            case ANY -> partition;
            case BEGINS_WITH -> partition + " AND begins_with(#sk, :sk)";
            default -> partition + " AND #sk " + sort + " :sk";
        };
    }

    public Map<String, String> names() {
        TableShape.KeySchema key = table.keyOf(target);
        Map<String, String> names = new LinkedHashMap<>();
        names.put("#pk", key.partition());
        if (sort != SortCondition.ANY) {
            names.put("#sk", key.sort());
        }
        return names;
    }

    public Map<String, AttributeValue> values() {
        TableShape.KeySchema key = table.keyOf(target);
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        values.put(":pk", typed(key.partition(), partitionValue));
        if (sort != SortCondition.ANY) {
            values.put(":sk", typed(key.sort(), sortValue));
        }
        return values;
    }

    /** "by-caller: caller = +447700900123, called_at begins with 2026-12": what the summary repeats. */
    public String describe() {
        TableShape.KeySchema key = table.keyOf(target);
        String text = (indexName() == null ? "" : indexName() + ": ") + key.partition() + " = " + partitionValue;
        return sort == SortCondition.ANY ? text : text + ", " + key.sort() + " " + sort + " " + sortValue;
    }

    public static List<SortCondition> conditions() {
        return List.of(SortCondition.values());
    }

    private boolean validFor(String attribute, String value) {
        if (!"N".equals(table.typeOf(attribute))) {
            return true;
        }
        try {
            new java.math.BigDecimal(value);
            return true;
        } catch (NumberFormatException notNumber) {
            return false;
        }
    }

    private AttributeValue typed(String attribute, String value) {
        return switch (table.typeOf(attribute)) {
            case "N" -> AttributeValue.fromN(value);
            case "B" -> AttributeValue.fromB(software.amazon.awssdk.core.SdkBytes.fromByteArray(java.util.Base64.getDecoder().decode(value)));
            default -> AttributeValue.fromS(value);
        };
    }
}
