package io.switchboard.flows.testing;

import io.switchboard.flows.simulator.CallTranscript;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Test results as text for a terminal: per test its verdict, call timings and each observation with its actions. */
public final class TestReport {

    private TestReport() {
    }

    public static String text(List<TestResult> results) {
        StringBuilder out = new StringBuilder();
        for (TestResult result : results) {
            test(result, out);
            out.append('\n');
        }
        long passed = results.stream().filter(TestResult::passed).count();
        out.append(passed).append(" of ").append(results.size()).append(" test(s) passed\n");
        return out.toString();
    }

    private static void test(TestResult result, StringBuilder out) {
        out.append(result.passed() ? "PASSED" : "FAILED").append("  ").append(result.name());
        if (!result.problems().isEmpty()) {
            out.append(": the document cannot be run\n");
            result.problems().forEach(p -> out.append("    - ").append(p).append('\n'));
            return;
        }
        out.append(": ").append(result.count(Verdict.PASSED)).append(" of ").append(result.observations().size())
                .append(" observation(s) passed");
        long failed = result.count(Verdict.FAILED);
        long notReproducible = result.count(Verdict.NOT_REPRODUCIBLE_OFFLINE);
        out.append(failed > 0 ? ", " + failed + " failed" : "")
                .append(notReproducible > 0 ? ", " + notReproducible + " not reproducible offline" : "").append('\n');
        CallTranscript call = result.call();
        out.append("    call ").append(seconds(call.totalDuration())).append(", dead air ").append(seconds(call.deadAir()))
                .append(" over ").append(call.lambdaCalls().size()).append(" Lambda call(s), ended ")
                .append(call.ending().kind().outcome()).append(" at '").append(call.ending().actionId()).append("'\n");
        for (ObservationResult observation : result.observations()) {
            out.append("  ").append(pad(observation.verdict())).append(' ')
                    .append(observation.at() == null ? "  --:--.-" : "  " + clock(observation.at())).append("  ")
                    .append(observation.identifier()).append(": ").append(observation.event()).append('\n');
            if (!observation.expected().isEmpty()) {
                out.append("        expected: ").append(observation.expected()).append('\n');
            }
            if (!observation.seen().isEmpty()) {
                out.append("        seen:     ").append(observation.seen()).append('\n');
            }
            for (ActionResult action : observation.actions()) {
                out.append("        ").append(pad(action.verdict())).append(' ').append(action.description()).append('\n');
                if (action.verdict() != Verdict.PASSED && !action.expected().isEmpty()) {
                    out.append("            expected: ").append(action.expected()).append('\n');
                }
                if (!action.seen().isEmpty()) {
                    out.append(action.verdict() == Verdict.NOT_REPRODUCIBLE_OFFLINE ? "            why:      " : "            seen:     ")
                            .append(action.seen()).append('\n');
                }
            }
        }
    }

    private static String pad(Verdict verdict) {
        return switch (verdict) {
            case PASSED -> "PASSED  ";
            case FAILED -> "FAILED  ";
            case NOT_REPRODUCIBLE_OFFLINE -> "NOT REPRODUCIBLE OFFLINE";
        };
    }

    /** {@code mm:ss.t} */
    static String clock(Duration offset) {
        long tenths = offset.toMillis() / 100;
        return String.format(Locale.ROOT, "%02d:%02d.%d", tenths / 600, (tenths / 10) % 60, tenths % 10);
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
