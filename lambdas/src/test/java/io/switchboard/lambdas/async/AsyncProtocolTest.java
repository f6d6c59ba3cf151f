package io.switchboard.lambdas.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.lambdas.connect.ConnectResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsyncProtocolTest {
    private static final String ARN = "arn:aws:states:eu-west-2:111122223333:execution:switchboard-async:contact-1-main";
    private static final String[] CONTROL_KEYS =
            {"execution_id", "status", "sfn_result", "count", "count_max", "count_comfort", "comfort"};

    @Test
    void parse_withoutExecutionId_startsWithDefaultLimitsAndMainStep() {
        AsyncRequest request = AsyncProtocol.parse(Map.of("customer_number", "12345678"));

        assertThat(request).isEqualTo(new AsyncRequest.Start("main", 5, 10));
    }

    @Test
    void parse_blankExecutionIdAndLimits_areTreatedAsAbsent() {
        AsyncRequest request = AsyncProtocol.parse(Map.of("execution_id", " ", "count_max", "", "count_comfort", "", "step", "lookup"));

        assertThat(request).isEqualTo(new AsyncRequest.Start("lookup", 5, 10));
    }

    @Test
    void created_startsCountingAtOneWithoutComfort() {
        Map<String, String> reply = AsyncProtocol.created(new AsyncRequest.Start("main", 5, 10), ARN);

        assertThat(reply).containsKeys(CONTROL_KEYS)
                .containsEntry("execution_id", ARN).containsEntry("status", "CREATED").containsEntry("sfn_result", "")
                .containsEntry("count", "1").containsEntry("count_max", "5").containsEntry("count_comfort", "10")
                .containsEntry("comfort", "false");
    }

    @Test
    void parse_poll_incrementsTheIncomingCount() {
        AsyncRequest request = AsyncProtocol.parse(Map.of("execution_id", ARN, "count", "3", "count_max", "20", "count_comfort", "5"));

        assertThat(request).isEqualTo(new AsyncRequest.Poll(ARN, 4, 20, 5));
    }

    @Test
    void parse_pollWithoutCount_countsFromZero() {
        assertThat(AsyncProtocol.parse(Map.of("execution_id", ARN))).isEqualTo(new AsyncRequest.Poll(ARN, 1, 5, 10));
    }

    @ParameterizedTest
    @CsvSource({"10,10,true", "20,10,true", "9,10,false", "5,0,false", "0,0,false", "3,1,true"})
    void comfort_isTrueOnEveryCountComfortThCallAndNeverWhenZero(int count, int countComfort, boolean expected) {
        assertThat(AsyncProtocol.comfort(count, countComfort)).isEqualTo(expected);
    }

    @Test
    void answer_onTheComfortCall_saysComfortTrue() {
        Map<String, Object> reply = AsyncProtocol.answer(new AsyncRequest.Poll(ARN, 10, 20, 5), ExecutionResult.pending());

        assertThat(reply).containsEntry("comfort", "true").containsEntry("status", "RUNNING").containsEntry("count", "10");
    }

    @Test
    void pastLimit_onlyWhenCountExceedsCountMax() {
        assertThat(AsyncProtocol.pastLimit(new AsyncRequest.Poll(ARN, 5, 5, 10))).isFalse();
        assertThat(AsyncProtocol.pastLimit(new AsyncRequest.Poll(ARN, 6, 5, 10))).isTrue();
    }

    @Test
    void loopDone_failsAndMarksCountDone() {
        Map<String, String> reply = AsyncProtocol.loopDone(new AsyncRequest.Poll(ARN, 6, 5, 10));

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "LOOP_DONE")
                .containsEntry("sfn_result", "FAILURE").containsEntry("count", "DONE").containsEntry("execution_id", ARN);
    }

    @ParameterizedTest
    @CsvSource({"2,5,false", "3,5,true", "4,5,false", "5,5,true", "6,20,false", "9,20,false", "10,20,true",
            "11,20,false", "20,20,true", "4,4,true", "3,2,true", "15,30,true", "16,30,false"})
    void needsDescribe_halfwayAndOnTheLastPollOnly(int count, int countMax, boolean expected) {
        assertThat(AsyncProtocol.needsDescribe(new AsyncRequest.Poll(ARN, count, countMax, 10))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "count|abc|count must be a whole number of 0 or more",
            "count|-1|count must be a whole number of 0 or more",
            "count|2.5|count must be a whole number of 0 or more",
            "count_max|0|count_max must be a whole number of 1 or more",
            "count_max|five|count_max must be a whole number of 1 or more",
            "count_comfort|-3|count_comfort must be a whole number of 0 or more",
            "count_comfort|often|count_comfort must be a whole number of 0 or more",
            "execution_id|12345|execution_id must be the execution ARN"})
    void parse_badParameter_isAnErrorNamingTheParameterAndKeepingEveryKey(String parameter, String value, String message) {
        Map<String, String> parameters = new HashMap<>(Map.of("execution_id", ARN, "count", "1"));
        parameters.put(parameter, value);

        AsyncRequest request = AsyncProtocol.parse(parameters);

        assertThat(request).isInstanceOf(AsyncRequest.Invalid.class);
        Map<String, String> reply = AsyncProtocol.invalid((AsyncRequest.Invalid) request);
        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "ERROR")
                .containsEntry("sfn_result", "FAILURE").containsEntry(parameter, value);
        assertThat((String) reply.get("error")).startsWith(message).contains("'" + value + "'");
    }

    @Test
    void parse_severalBadParameters_namesEachOfThem() {
        AsyncRequest.Invalid invalid = (AsyncRequest.Invalid) AsyncProtocol.parse(Map.of("count", "x", "count_max", "0"));

        assertThat(invalid.message()).contains("count must", "count_max must");
        assertThat(invalid.echo()).containsEntry("count_comfort", "10").containsEntry("execution_id", "");
    }

    @Test
    void answer_succeeded_finishesWithTheFunctionsOutputFlattened() {
        Map<String, Object> reply = AsyncProtocol.answer(new AsyncRequest.Poll(ARN, 2, 5, 10), ExecutionResult.succeeded(
                "{\"balance\":\"142.57\",\"currency\":\"GBP\",\"account\":{\"type\":\"current\",\"last4\":\"0123\"}}"));

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "FINISHED").containsEntry("sfn_result", "SUCCESS")
                .containsEntry("count", "2").containsEntry("balance", "142.57").containsEntry("account.type", "current")
                .containsEntry("account.last4", "0123").containsEntry("truncated", "false");
    }

    @Test
    void answer_succeeded_outputNeverOverwritesControlKeys() {
        Map<String, Object> reply = AsyncProtocol.answer(new AsyncRequest.Poll(ARN, 2, 5, 10), ExecutionResult.succeeded(
                "{\"status\":\"hacked\",\"count\":99,\"execution_id\":\"x\",\"comfort\":true,\"truncated\":\"no\",\"ok\":1}"));

        assertThat(reply).containsEntry("status", "FINISHED").containsEntry("count", "2").containsEntry("execution_id", ARN)
                .containsEntry("comfort", "false").containsEntry("truncated", "false").containsEntry("ok", "1");
    }

    @Test
    void answer_succeededWithOutputOver32Kb_keepsControlKeysAndFlagsTruncation() {
        StringBuilder big = new StringBuilder("{");
        for (int i = 0; i < 400; i++) {
            big.append(i == 0 ? "" : ",").append("\"field").append(i).append("\":\"").append("x".repeat(100)).append('"');
        }
        String output = big.append('}').toString();

        Map<String, Object> reply = AsyncProtocol.answer(new AsyncRequest.Poll(ARN, 2, 5, 10), ExecutionResult.succeeded(output));

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("sfn_result", "SUCCESS").containsEntry("truncated", "true")
                .containsKey("field0").doesNotContainKey("field399");
        assertThat(json(reply).getBytes(StandardCharsets.UTF_8).length).isLessThan(ConnectResponse.MAX_BYTES);
    }

    @Test
    void answer_failed_finishesWithErrorAndAShortenedCause() {
        Map<String, Object> reply = AsyncProtocol.answer(new AsyncRequest.Poll(ARN, 2, 5, 10),
                ExecutionResult.failed("SlowLookupFailedException", "at line\n".repeat(1_000)));

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "FINISHED").containsEntry("sfn_result", "FAILURE")
                .containsEntry("error", "SlowLookupFailedException");
        assertThat((String) reply.get("cause")).hasSizeLessThanOrEqualTo(AsyncProtocol.MAX_CAUSE_LENGTH).startsWith("at line");
    }

    @Test
    void answer_pendingOrBusy_isRunningWithAnEmptyResult() {
        var poll = new AsyncRequest.Poll(ARN, 2, 5, 10);

        assertThat(AsyncProtocol.answer(poll, ExecutionResult.pending()))
                .containsEntry("status", "RUNNING").containsEntry("sfn_result", "");
        assertThat(AsyncProtocol.answer(poll, ExecutionResult.busy("Rate exceeded")))
                .containsEntry("status", "RUNNING").containsEntry("sfn_result", "").doesNotContainKey("error");
    }

    @Test
    void answer_unknownExecution_isAnErrorSayingSo() {
        Map<String, Object> reply = AsyncProtocol.answer(new AsyncRequest.Poll(ARN, 3, 5, 10), ExecutionResult.unknown("no"));

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "ERROR").containsEntry("sfn_result", "FAILURE");
        assertThat((String) reply.get("error")).contains("does not exist (no)");
    }

    @Test
    void startDeferred_answersTheArnTheExecutionWillHaveSoAFlowThatSavesItOncePollsIt() {
        Map<String, String> reply = AsyncProtocol.startDeferred(new AsyncRequest.Start("main", 5, 10), ARN);

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("execution_id", ARN).containsEntry("status", "RUNNING")
                .containsEntry("sfn_result", "").containsEntry("count", "0");
        AsyncRequest.Poll next = (AsyncRequest.Poll) AsyncProtocol.parse(Map.of("execution_id", ARN, "count", "0"));
        assertThat(AsyncProtocol.isFirstPoll(next)).as("the poll after a deferred start may start the execution").isTrue();
        assertThat(AsyncProtocol.isFirstPoll(new AsyncRequest.Poll(ARN, 2, 5, 10))).as("a poll after CREATED never does").isFalse();
    }

    @Test
    void parse_blankExecutionIdWithACount_isAStartThatKeepsCounting() {
        AsyncRequest request = AsyncProtocol.parse(Map.of("execution_id", "", "count", "3", "count_max", "20"));

        assertThat(request).isEqualTo(new AsyncRequest.Start("main", 20, 10, 4, AsyncRequest.ResponseStyle.FLAT));
        assertThat(AsyncProtocol.created((AsyncRequest.Start) request, ARN)).containsEntry("count", "4");
    }

    @Test
    void pastLimit_onAStartCallPastCountMax_isLoopDoneWithNoExecution() {
        AsyncRequest.Start start = (AsyncRequest.Start) AsyncProtocol.parse(Map.of("count", "9", "count_max", "5"));

        assertThat(AsyncProtocol.pastLimit(start)).isTrue();
        assertThat(AsyncProtocol.loopDone(start)).containsKeys(CONTROL_KEYS).containsEntry("status", "LOOP_DONE")
                .containsEntry("sfn_result", "FAILURE").containsEntry("count", "DONE").containsEntry("execution_id", "");
    }

    @ParameterizedTest
    @CsvSource({"count_max,0", "count,-1"})
    void parse_countMaxZeroOrNegativeCount_isAnErrorNotClamped(String parameter, String value) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(parameter, value);

        assertThat(AsyncProtocol.parse(parameters)).isInstanceOf(AsyncRequest.Invalid.class);
    }

    @Test
    void parse_responseStyle_flatByDefaultJsonOnRequestAnythingElseAnError() {
        assertThat(((AsyncRequest.Poll) AsyncProtocol.parse(Map.of("execution_id", ARN))).response())
                .isEqualTo(AsyncRequest.ResponseStyle.FLAT);
        assertThat(((AsyncRequest.Poll) AsyncProtocol.parse(Map.of("execution_id", ARN, "response", "json"))).response())
                .isEqualTo(AsyncRequest.ResponseStyle.JSON);
        AsyncRequest.Invalid invalid = (AsyncRequest.Invalid) AsyncProtocol.parse(Map.of("execution_id", ARN, "response", "xml"));
        assertThat(invalid.message()).startsWith("response must be flat").contains("'xml'");
    }

    @Test
    void answer_succeededInJsonStyle_keepsTheOutputsNesting() {
        Map<String, Object> reply = AsyncProtocol.answer(new AsyncRequest.Poll(ARN, 2, 5, 10, AsyncRequest.ResponseStyle.JSON),
                ExecutionResult.succeeded("{\"balance\":\"142.57\",\"account\":{\"type\":\"current\",\"last4\":\"0123\"},"
                        + "\"items\":[1,2],\"status\":\"hacked\"}"));

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "FINISHED").containsEntry("sfn_result", "SUCCESS")
                .containsEntry("balance", "142.57").containsEntry("account", Map.of("type", "current", "last4", "0123"))
                .containsEntry("items", java.util.List.of(1, 2)).containsEntry("truncated", "false")
                .doesNotContainKey("account.type");
    }

    @Test
    void answer_succeededInJsonStyleOver32Kb_staysUnderTheLimitAndFlagsTruncation() {
        StringBuilder big = new StringBuilder("{");
        for (int i = 0; i < 400; i++) {
            big.append(i == 0 ? "" : ",").append("\"field").append(i).append("\":{\"text\":\"").append("x".repeat(100)).append("\"}");
        }
        String output = big.append('}').toString();

        Map<String, Object> reply = AsyncProtocol.answer(new AsyncRequest.Poll(ARN, 2, 5, 10, AsyncRequest.ResponseStyle.JSON),
                ExecutionResult.succeeded(output));

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("sfn_result", "SUCCESS").containsEntry("truncated", "true")
                .containsKey("field0").doesNotContainKey("field399");
        assertThat(json(reply).getBytes(StandardCharsets.UTF_8).length).isLessThan(ConnectResponse.MAX_BYTES);
    }

    private static String json(Map<String, ?> map) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
