package io.switchboard.desktop.replay.cases;

import io.switchboard.desktop.replay.cases.TestCase.InvokeCase;
import io.switchboard.desktop.replay.cases.TestCase.PlayCase;
import io.switchboard.desktop.task.CancelledException;
import io.switchboard.desktop.task.Progress;
import io.switchboard.flows.testing.TestResult;
import java.util.ArrayList;
import java.util.List;

/** Runs cases one after another; a case that cannot run fails with the reason, the suite goes on. */
public final class SuiteRun {

    /** Where the cases run: the session's functions in the app, canned answers in tests. */
    public interface Runner {
        Invoked invoke(InvokeCase testCase) throws Exception;

        /** Plays the case's flow once for its caller and judges the document's observations. */
        TestResult play(String name, PlayCase entry, String document) throws Exception;
    }

    /** What one Invoke returned. */
    public record Invoked(String payload, String functionError, long millis) {
    }

    private SuiteRun() {
    }

    public static List<CaseResult> run(List<TestCase> cases, Runner runner, Progress progress) {
        List<CaseResult> results = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            TestCase testCase = cases.get(i);
            progress.update((double) i / cases.size(), "Running " + (i + 1) + " of " + cases.size() + ": " + testCase.name());
            CaseResult result = runOne(testCase, runner);
            results.add(result);
        }
        progress.update(1, CaseResult.summary(results));
        return results;
    }

    static CaseResult runOne(TestCase testCase, Runner runner) {
        long started = System.nanoTime();
        try {
            if (testCase.invoke() != null) {
                Invoked got = runner.invoke(testCase.invoke());
                List<String> failures = CaseCheck.invoke(testCase.invoke(), got.payload(), got.functionError(), got.millis());
                return CaseResult.of(testCase, failures, millisSince(started));
            }
            TestResult run = runner.play(testCase.name(), testCase.play(), testCase.document());
            return CaseResult.of(testCase, run, millisSince(started));
        } catch (CancelledException cancelled) {
            throw cancelled;
        } catch (Exception | Error failed) {
            String why = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
            return CaseResult.couldNotRun(testCase, why, millisSince(started));
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
