package io.switchboard.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The comparison with AWS's recorded answers normalises only what the recording masked. */
class RecordedMatchTest {
    @Test
    void theRecordingsMasksMatchAnyText_butTheTextAroundThemMustBeEqual() {
        String recorded = "arn:<partition>:dynamodb:<region>:111111111111:table/<table-name:1>";
        assertThat(RecordedMatch.textMatches(recorded, "arn:aws:dynamodb:us-east-1:000000000000:table/calls")).isTrue();
        assertThat(RecordedMatch.textMatches(recorded, "arn:aws:dynamodb:us-east-1:000000000000:stream/calls")).isFalse();
        assertThat(RecordedMatch.textMatches(recorded, "arn:aws:dynamodb:us-east-1:0000:table/calls")).isFalse();
        assertThat(RecordedMatch.textMatches("Table already exists: <test-table>", "Table already exists: t1")).isTrue();
        assertThat(RecordedMatch.textMatches("Table already exists: <test-table>", "Table exists: t1")).isFalse();
    }

    @Test
    void datetimeMatchesOnlyATimestamp() {
        assertThat(RecordedMatch.textMatches("datetime", "2026-12-04T20:10:01.818Z")).isTrue();
        assertThat(RecordedMatch.textMatches("datetime", "yesterday")).isFalse();
    }

    @Test
    void aMemberAwsLeftOutOrAMissingOneIsADifference_numbersCompareByValue() {
        JsonNode recorded = json("{\"UnprocessedItems\": {}, \"Count\": 1}");
        assertThat(RecordedMatch.differences(recorded, json("{\"UnprocessedItems\": {}, \"Count\": 1.0}"))).isEmpty();
        assertThat(RecordedMatch.differences(recorded, json("{\"UnprocessedItems\": {}, \"Count\": 1, \"ConsumedCapacity\": []}")))
                .containsExactly("$.ConsumedCapacity: not in AWS's answer ([])");
        assertThat(RecordedMatch.differences(recorded, json("{\"Count\": 1}")))
                .containsExactly("$.UnprocessedItems: missing (AWS: {})");
    }

    @Test
    void binaryIsComparedAsTheBytesOfThePythonLiteralTheRecordingPrints() {
        assertThat(RecordedMatch.pythonBytes("b'\\x90'")).containsExactly(0x90);
        assertThat(RecordedMatch.pythonBytes("b\"it's\"")).containsExactly('i', 't', '\'', 's');
        JsonNode recorded = json("{\"data\": {\"B\": \"b'\\\\x90'\"}}");
        assertThat(RecordedMatch.differences(recorded, json("{\"data\": {\"B\": \"kA==\"}}"))).isEmpty();
        assertThat(RecordedMatch.differences(recorded, json("{\"data\": {\"B\": \"kQ==\"}}"))).hasSize(1);
    }

    private static JsonNode json(String text) {
        try {
            return SdkJson.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
