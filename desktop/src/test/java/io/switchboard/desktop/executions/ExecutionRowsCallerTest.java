package io.switchboard.desktop.executions;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionPage;
import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionSummary;
import io.switchboard.desktop.connect.EventTemplates;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionRowsCallerTest {

    @Test
    void callerOfExecution_readsTheConnectEventInsideTheWrapperInput() {
        String input = """
                {"event":{"Name":"ContactFlowEvent","Details":{"ContactData":{"CustomerEndpoint":
                {"Address":"+447700900123","Type":"TELEPHONE_NUMBER"}}}},"expires_at":"1800000000"}""";

        assertThat(EventTemplates.callerOfExecution(input)).isEqualTo("+447700900123");
    }

    @Test
    void callerOfExecution_acceptsABareConnectEventAndJunk() {
        assertThat(EventTemplates.callerOfExecution(
                "{\"Details\":{\"ContactData\":{\"CustomerEndpoint\":{\"Address\":\"+18003569377\"}}}}"))
                .isEqualTo("+18003569377");
        assertThat(EventTemplates.callerOfExecution("not json")).isEmpty();
    }

    @Test
    void updateCaller_fillsTheRowInPlace() {
        ExecutionRows rows = new ExecutionRows();
        ExecutionSummary running = new ExecutionSummary("arn:x", "c-1-main", "RUNNING", Instant.EPOCH, null);
        rows.mergeNewest(new ExecutionPage(List.of(running), null), Map.of());

        rows.updateCaller("arn:x", "+18003569377");

        assertThat(rows.rows()).singleElement().satisfies(r -> assertThat(r.caller().number()).isEqualTo("+18003569377"));
    }
}
