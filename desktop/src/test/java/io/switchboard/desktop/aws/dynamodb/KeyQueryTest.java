package io.switchboard.desktop.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.aws.dynamodb.KeyQuery.SortCondition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class KeyQueryTest {
    /** Shaped like the stack's call log: contact_id, by-caller (caller, called_at), by-day (day, called_at). */
    static final TableShape CALLS = new TableShape("sb-calls", new TableShape.KeySchema("contact_id", null),
            List.of(new TableShape.Index("by-caller", new TableShape.KeySchema("caller", "called_at")),
                    new TableShape.Index("by-day", new TableShape.KeySchema("day", "called_at"))),
            Map.of("contact_id", "S", "caller", "S", "day", "S", "called_at", "S"), "expires_at");
    static final TableShape NUMBERED = new TableShape("numbers", new TableShape.KeySchema("id", "seq"), List.of(),
            Map.of("id", "S", "seq", "N"), "");

    @Test
    void aQueryOnTheTableKey_readsOnePartitionWithNamesAndValuesAsPlaceholders() {
        KeyQuery query = new KeyQuery(CALLS, TableShape.TABLE_KEY, " abc-123 ", SortCondition.ANY, "");

        assertThat(query.problem()).isEmpty();
        assertThat(query.indexName()).isNull();
        assertThat(query.keyConditionExpression()).isEqualTo("#pk = :pk");
        assertThat(query.names()).containsExactly(Map.entry("#pk", "contact_id"));
        assertThat(query.values()).containsExactly(Map.entry(":pk", AttributeValue.fromS("abc-123")));
    }

    @Test
    void aQueryOnAnIndex_usesItsKey_andASortCondition() {
        KeyQuery query = new KeyQuery(CALLS, "by-day", "2026-12-04", SortCondition.BEGINS_WITH, "2026-12-04T10");

        assertThat(query.indexName()).isEqualTo("by-day");
        assertThat(query.keyConditionExpression()).isEqualTo("#pk = :pk AND begins_with(#sk, :sk)");
        assertThat(query.names()).containsEntry("#pk", "day").containsEntry("#sk", "called_at");
        assertThat(query.describe()).isEqualTo("by-day: day = 2026-12-04, called_at begins with 2026-12-04T10");
        assertThat(new KeyQuery(CALLS, "by-caller", "+1", SortCondition.GREATER_OR_EQUAL, "2026").keyConditionExpression())
                .isEqualTo("#pk = :pk AND #sk >= :sk");
    }

    @Test
    void whatCannotRun_saysWhatToType() {
        assertThat(new KeyQuery(CALLS, TableShape.TABLE_KEY, "", SortCondition.ANY, "").problem()).contains("contact_id");
        assertThat(new KeyQuery(CALLS, TableShape.TABLE_KEY, "x", SortCondition.EQUALS, "y").problem()).contains("no sort key");
        assertThat(new KeyQuery(CALLS, "by-caller", "+1", SortCondition.LESS, "").problem()).contains("called_at");
        assertThat(new KeyQuery(NUMBERED, TableShape.TABLE_KEY, "a", SortCondition.EQUALS, "seven").problem()).contains("seq is a number");
        assertThat(new KeyQuery(NUMBERED, TableShape.TABLE_KEY, "a", SortCondition.BEGINS_WITH, "7").problem()).contains("strings");
    }

    @Test
    void aNumberKey_isSentAsANumber() {
        KeyQuery query = new KeyQuery(NUMBERED, TableShape.TABLE_KEY, "a", SortCondition.LESS, "42");

        assertThat(query.problem()).isEmpty();
        assertThat(query.values()).containsEntry(":sk", AttributeValue.fromN("42"));
    }
}
