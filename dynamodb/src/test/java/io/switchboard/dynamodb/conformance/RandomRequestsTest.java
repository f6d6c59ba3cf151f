package io.switchboard.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The differential suite's sequences: the same seed gives the same requests, and the build's seeds cover the API. */
class RandomRequestsTest {
    @Test
    void aSeedAlwaysGivesTheSameSequence_anotherSeedAnotherOne() {
        assertThat(text(1)).isEqualTo(text(1)).isNotEqualTo(text(2));
    }

    @Test
    void theBuildsTwentySeedsUseEveryOperationAndTheFeaturesTheSuiteClaims() {
        String all = LongStream.rangeClosed(1, 20).mapToObj(RandomRequestsTest::text).collect(Collectors.joining("\n"));
        assertThat(all).contains("PutItem ", "GetItem ", "UpdateItem ", "DeleteItem ", "Query ", "Scan ", "BatchWriteItem ",
                "BatchGetItem ", "TransactWriteItems ", "TransactGetItems ");
        assertThat(all).contains("\"IndexName\":\"gsi1\"", "\"Limit\":", "\"Select\":\"COUNT\"", "\"ScanIndexForward\":false",
                "\"ConditionCheck\"", "BETWEEN", " IN (", "attribute_exists(", "attribute_not_exists(", "attribute_type(",
                "begins_with(", "contains(", "size(", "NOT ", " OR ", "if_not_exists(", "list_append(", "REMOVE ", "ADD ",
                "DELETE ", "\"ReturnValues\":\"UPDATED_NEW\"", "\"ReturnValues\":\"ALL_OLD\"", "\"SS\":", "\"NS\":", "\"BS\":",
                "\"B\":", "\"M\":", "\"L\":", "\"BOOL\":", "\"NULL\":true");
    }

    private static String text(long seed) {
        RandomRequests requests = new RandomRequests(seed, "t");
        List<RandomRequests.Step> steps = requests.sequence(40);
        return steps.stream().map(s -> s.operation() + " " + s.request()).collect(Collectors.joining("\n"));
    }
}
