package io.switchboard.desktop.executions;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionSummary;
import io.switchboard.desktop.ui.CallerNumber;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the Executions search finds: a name, a ContactId, or a caller's number however it is typed. */
class ExecutionSearchTest {
    private static final String CONTACT = "7f3c2a10-1111-4222-8333-944455556666";
    private final ExecutionRow known = row(CONTACT + "-main", CallerNumber.of("+447700900123"));
    private final ExecutionRow unknownCaller = row("b0b0b0b0-1111-4222-8333-944455556666-main", CallerNumber.unknown());
    private final ExecutionRow byHand = row("started-by-hand", CallerNumber.of(""));

    @Test
    void contactIdOrPartOfTheName_findTheExecution_inAnyCase() {
        assertThat(ExecutionSearch.matching(CONTACT).test(known)).isTrue();
        assertThat(ExecutionSearch.matching("7F3C2A10").test(known)).isTrue();
        assertThat(ExecutionSearch.matching("by-hand").test(byHand)).isTrue();
        assertThat(ExecutionSearch.matching(CONTACT).test(unknownCaller)).isFalse();
    }

    @Test
    void callersNumber_matchesWrittenInternationallyNationallyOrInPart_onlyWhereTheCallerIsKnown() {
        for (String typed : new String[] {"+447700900123", "07700 900123", "900-123", "(0)7700900123"}) {
            assertThat(ExecutionSearch.matching(typed).test(known)).as(typed).isTrue();
            assertThat(ExecutionSearch.matching(typed).test(unknownCaller)).as(typed).isFalse();
        }
        assertThat(ExecutionSearch.matching("900124").test(known)).isFalse();
        assertThat(ExecutionSearch.matching("12").test(known)).isFalse(); // too short to mean a number
    }

    @Test
    void emptySearch_showsEverything() {
        assertThat(ExecutionSearch.matching("  ").test(byHand)).isTrue();
        assertThat(ExecutionSearch.matching(null).test(unknownCaller)).isTrue();
    }

    private static ExecutionRow row(String name, CallerNumber caller) {
        return new ExecutionRow(new ExecutionSummary("arn:aws:states:eu-west-2:000000000000:execution:m:" + name, name, "SUCCEEDED",
                Instant.parse("2026-12-02T10:00:00Z"), Instant.parse("2026-12-02T10:00:01Z")), caller);
    }
}
