package io.switchboard.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every CSV cell reaches a spreadsheet as the text it is: never a formula, never a number. */
class CallsCsvTest {
    @Test
    void callerNumbers_areKeptAsText_likeVanityNumbers() {
        assertThat(CallsCsv.quote("+18003569377")).isEqualTo("\"'+18003569377\"");
        assertThat(CallsCsv.quote("+44 20 7946 PLANTS")).isEqualTo("\"'+44 20 7946 PLANTS\"");
        assertThat(CallsCsv.quote("5550100")).as("digits only: a spreadsheet would make it a number").isEqualTo("\"'5550100\"");
    }

    @Test
    void formulas_neverRun() {
        assertThat(CallsCsv.quote("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CallsCsv.quote("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CallsCsv.quote("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CallsCsv.quote("\t=cmd")).startsWith("\"'");
    }

    @Test
    void ordinaryText_staysAsItIs_andCommasAndQuotesAreQuoted() {
        assertThat(CallsCsv.quote("1-800-FLOWERS")).isEqualTo("1-800-FLOWERS");
        assertThat(CallsCsv.quote("withheld")).isEqualTo("withheld");
        assertThat(CallsCsv.quote("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(CallsCsv.quote(null)).isEmpty();
    }
}
