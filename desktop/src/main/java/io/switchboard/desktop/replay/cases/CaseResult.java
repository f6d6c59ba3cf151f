package io.switchboard.desktop.replay.cases;

import java.util.List;

/**
 * How one case went in a suite run.
 *
 * @param reason why it failed ("; "-separated when several things did not match); empty when it passed
 */
public record CaseResult(String name, String kind, boolean passed, String reason, long millis) {

    public static CaseResult of(TestCase testCase, List<String> failures, long millis) {
        return new CaseResult(testCase.name(), testCase.kind(), failures.isEmpty(), String.join("; ", failures), millis);
    }

    public static CaseResult couldNotRun(TestCase testCase, String why, long millis) {
        return new CaseResult(testCase.name(), testCase.kind(), false, "could not run: " + why, millis);
    }

    /** "3 of 4 passed" */
    public static String summary(List<CaseResult> results) {
        long passed = results.stream().filter(CaseResult::passed).count();
        return passed + " of " + results.size() + " passed";
    }
}
