package io.switchboard.desktop.tables;

import io.switchboard.desktop.aws.dynamodb.ItemFormat;
import io.switchboard.desktop.aws.dynamodb.ItemRow;
import io.switchboard.desktop.aws.dynamodb.KeyQuery;
import io.switchboard.desktop.aws.dynamodb.TableShape;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.aws.TablesGateway;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.lambdas.calllog.CallLog;
import io.switchboard.lambdas.calllog.CallRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The Tables page's DynamoDB reads and deletes, with the real SDK client against the sandbox's tables. */
class TablesGatewayTest {
    private static Session session;
    private static TablesGateway tables;
    private static String callsTable;
    private static final String CALLER = "+3531" + (1_000_000 + new java.util.Random().nextInt(8_000_000));

    @BeforeAll
    static void sandbox() {
        session = TestSandbox.session();
        tables = session.tables();
        callsTable = session.outputs().get("CallsTableName");
        CallLog log = new CallLog(session.clients().dynamoDb(), callsTable, 90);
        Instant now = Instant.now();
        for (int i = 0; i < 7; i++) {
            log.record(new CallRecord(UUID.randomUUID().toString(), CALLER, now.minusSeconds(60L * i), List.of("1-800-FLOWERS"), "OK",
                    now.plus(Duration.ofDays(90)), "1 vanity number"));
        }
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void theCallLogsShape_isItsKeyIndexesAndTtl_asTheTemplateDeclaresThem() {
        TableShape shape = tables.shape(callsTable);

        assertThat(shape.key()).isEqualTo(new TableShape.KeySchema("contact_id", ""));
        assertThat(shape.queryTargets()).containsExactlyInAnyOrder(TableShape.TABLE_KEY, "by-caller", "by-day");
        assertThat(shape.keyOf("by-caller")).isEqualTo(new TableShape.KeySchema("caller", "called_at"));
        assertThat(shape.ttlAttribute()).isEqualTo("expires_at");
        assertThat(StackTable.of(session.outputs())).extracting(StackTable::label).containsExactly(StackTable.CALL_LOG, StackTable.ASYNC_RESULTS);
        assertThat(tables.shape(session.outputs().get("AsyncResultsTableName")).key().partition()).isEqualTo("execution_id");
    }

    @Test
    void aScan_pagesThroughTheWholeTable_eachItemOnce() {
        Set<String> seen = new HashSet<>();
        TablesGateway.Cursor next = null;
        int pages = 0;
        do {
            TablesGateway.ItemPage page = tables.scan(callsTable, 3, next);
            page.items().forEach(row -> assertThat(seen.add(row.cell("contact_id"))).isTrue());
            next = page.next();
            pages++;
        } while (next != null);

        assertThat(seen.size()).isGreaterThanOrEqualTo(7);
        assertThat(pages).isGreaterThan(2);
    }

    @Test
    void aQueryOnAnIndex_findsTheCallersCalls_aPageAtATime() {
        TableShape shape = tables.shape(callsTable);
        KeyQuery query = new KeyQuery(shape, "by-caller", CALLER, KeyQuery.SortCondition.ANY, "");

        TablesGateway.ItemPage first = tables.query(query, 5, null);
        TablesGateway.ItemPage rest = tables.query(query, 5, first.next());

        assertThat(first.items()).hasSize(5).allSatisfy(row -> assertThat(row.cell("caller")).isEqualTo(CALLER));
        assertThat(rest.items()).hasSize(2);
    }

    @Test
    void deletingAnItem_removesItOnce_andASecondDeleteSaysItWasGone() {
        TableShape shape = tables.shape(callsTable);
        String contactId = UUID.randomUUID().toString();
        new CallLog(session.clients().dynamoDb(), callsTable, 90).record(new CallRecord(contactId, "+18005550100", Instant.now(),
                List.of(), "NO_VANITY", Instant.now().plus(Duration.ofDays(90)), "no word"));
        Map<String, AttributeValue> key = Map.of("contact_id", AttributeValue.fromS(contactId));

        assertThat(tables.item(callsTable, key)).isPresent();
        assertThat(tables.delete(shape, key)).isTrue();
        assertThat(tables.item(callsTable, key)).isEmpty();
        assertThat(tables.delete(shape, key)).isFalse();
    }
}
