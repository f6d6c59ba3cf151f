package io.switchboard.desktop.replay.cases;

import io.switchboard.flows.testing.TestResult;
import java.util.List;

/**
 * How one case went in a suite run.
 *
 * @param reason       why it failed ("; "-separated when several things did not match); empty when it passed
 * @param observations for a Play case, each observation of its document with its verdict
 *                     (PASSED, FAILED, NOT REPRODUCIBLE) and, when it did not pass, why; empty for an Invoke case
 */
public record CaseResult(String name, String kind, boolean passed, String reason, long millis, List<String> observations) {

    public CaseResult {
        observations = List.copyOf(observations);
    }

    public static CaseResult of(TestCase testCase, List<String> failures, long millis) {
        return new CaseResult(testCase.name(), testCase.kind(), failures.isEmpty(), String.join("; ", failures), millis, List.of());
    }

    /** A Play case passes only when every observation of its document passed. */
    public static CaseResult of(TestCase testCase, TestResult run, long millis) {
        return new CaseResult(testCase.name(), testCase.kind(), run.passed(), String.join("; ", CaseCheck.failures(run)), millis,
                CaseCheck.observations(run));
    }

    public static CaseResult couldNotRun(TestCase testCase, String why, long millis) {
        return new CaseResult(testCase.name(), testCase.kind(), false, "could not run: " + why, millis, List.of());
    }

    /** "3 of 4 passed" */
    public static String summary(List<CaseResult> results) {
        long passed = results.stream().filter(CaseResult::passed).count();
        return passed + " of " + results.size() + " passed";
    }
}
