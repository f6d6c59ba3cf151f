package io.switchboard.flows.testing;

import io.switchboard.flows.simulator.CallTranscript;
import java.util.List;

/**
 * One test document's outcome. A test passes only when the document is valid and every observation
 * PASSED: a FAILED or NOT_REPRODUCIBLE_OFFLINE observation makes it fail, so nothing passes unseen.
 *
 * @param problems     what is wrong with the document (then there are no observations and no call)
 * @param observations in the order they were judged
 * @param call         the simulated call; null when the document could not be run
 */
public record TestResult(String name, List<String> problems, List<ObservationResult> observations, CallTranscript call) {

    public TestResult {
        problems = List.copyOf(problems);
        observations = List.copyOf(observations);
    }

    public static TestResult invalid(String name, List<String> problems) {
        return new TestResult(name, problems, List.of(), null);
    }

    public boolean passed() {
        return problems.isEmpty() && observations.stream().allMatch(o -> o.verdict() == Verdict.PASSED);
    }

    public long count(Verdict verdict) {
        return observations.stream().filter(o -> o.verdict() == verdict).count();
    }
}
