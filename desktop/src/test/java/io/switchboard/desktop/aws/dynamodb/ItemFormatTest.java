package io.switchboard.desktop.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemFormatTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Map<String, AttributeValue> call() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("vanity", AttributeValue.fromL(List.of(AttributeValue.fromS("1-800-FLOWERS"), AttributeValue.fromS("1-800-356-9377"))));
        item.put("status", AttributeValue.fromS("OK"));
        item.put("expires_at", AttributeValue.fromN(Long.toString(Instant.parse("2027-03-04T10:15:30Z").getEpochSecond())));
        item.put("contact_id", AttributeValue.fromS("5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e11"));
        item.put("reason", AttributeValue.fromS("1 vanity number"));
        return item;
    }

    @Test
    void theItemView_listsTheKeyFirst_everyAttributeWhole_andTheTtlAsADateInTheConsolesZone() {
        List<ItemFormat.AttributeRow> rows = ItemFormat.attributes(call(), KeyQueryTest.CALLS, LONDON);

        assertThat(rows).extracting(ItemFormat.AttributeRow::name).containsExactly("contact_id", "expires_at", "reason", "status", "vanity");
        assertThat(rows.get(0).note()).isEqualTo("partition key");
        assertThat(rows.get(1).type()).isEqualTo("N");
        assertThat(rows.get(1).note()).isEqualTo("TTL: expires 2027-03-04 10:15:30 Europe/London");
        assertThat(rows.get(3).value()).isEqualTo("OK");
        assertThat(rows.get(4).type()).isEqualTo("L");
        assertThat(rows.get(4).value()).contains("1-800-FLOWERS").contains("1-800-356-9377");
        assertThat(ItemFormat.ttlNote(AttributeValue.fromN(Long.toString(Instant.parse("2027-07-01T12:00:00Z").getEpochSecond())), LONDON))
                .as("summer time").contains("13:00:00");
        assertThat(ItemFormat.ttlNote(AttributeValue.fromS("soon"), LONDON)).contains("never expires");
    }

    @Test
    void theRawJson_isDynamoDbJson_thatReadsBackAsTheSameItem() throws Exception {
        String json = ItemFormat.dynamoJson(call(), KeyQueryTest.CALLS);

        var tree = new ObjectMapper().readTree(json);
        assertThat(tree.fieldNames()).toIterable().first().isEqualTo("contact_id");
        assertThat(tree.path("status").path("S").asText()).isEqualTo("OK");
        assertThat(tree.path("expires_at").path("N").asText()).isEqualTo("1804155330");
        assertThat(tree.path("vanity").path("L").get(0).path("S").asText()).isEqualTo("1-800-FLOWERS");
    }

    @Test
    void theListsColumns_areEveryAttributeOfTheItems_keyFirst_andLongCellsEndWithAnEllipsis() {
        Map<String, AttributeValue> marker = Map.of("contact_id", AttributeValue.fromS("#days"), "days", AttributeValue.fromSs(List.of("2026-12-04")));

        assertThat(ItemFormat.columns(List.of(new ItemRow(call()), new ItemRow(marker)), KeyQueryTest.CALLS))
                .containsExactly("contact_id", "days", "expires_at", "reason", "status", "vanity");
        String cell = ItemFormat.cell(AttributeValue.fromS("x".repeat(500)));
        assertThat(cell).hasSize(ItemFormat.CELL_LIMIT).endsWith("…");
        assertThat(ItemFormat.keyText(call(), KeyQueryTest.CALLS)).isEqualTo("contact_id = 5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e11");
    }
}
