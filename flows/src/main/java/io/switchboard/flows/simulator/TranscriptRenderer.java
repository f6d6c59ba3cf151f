package io.switchboard.flows.simulator;

import java.time.Duration;
import java.util.Locale;

/** Plain-text transcript: one line per step, then totals, dead air and warnings. */
public final class TranscriptRenderer {

    private TranscriptRenderer() {
    }

    public static String render(CallTranscript call) {
        StringBuilder out = new StringBuilder();
        for (TranscriptStep step : call.steps()) {
            out.append('[').append(clock(step.start())).append("] ").append(line(step)).append('\n');
        }
        CallEnding ending = call.ending();
        out.append('\n')
                .append("Ending: ").append(ending.kind().outcome())
                .append(ending.kind().name().equals(ending.kind().outcome()) ? "" : " [" + ending.kind() + "]")
                .append(ending.detail() == null || ending.detail().isEmpty() ? "" : " (" + ending.detail() + ")")
                .append(" at '").append(ending.actionId()).append('\'')
                .append(ending.throughErrorBranch() ? ", through an error branch" : "").append('\n')
                .append("Total: ").append(seconds(call.totalDuration()))
                .append(", dead air: ").append(seconds(call.deadAir()))
                .append(" over ").append(call.lambdaCalls().size()).append(" Lambda call(s)\n");
        if (!call.warnings().isEmpty()) {
            out.append("Warnings:\n");
            call.warnings().forEach(w -> out.append("  - ").append(w).append('\n'));
        }
        return out.toString();
    }

    private static String line(TranscriptStep step) {
        return switch (step.kind()) {
            case SPEECH -> "Caller hears: \"" + step.description() + "\" (" + seconds(step.duration()) + ")";
            case PAUSE -> "Silence: " + step.description() + ", caller waits " + seconds(step.duration()) + " in silence";
            case LAMBDA -> "Lambda " + step.description() + ", caller waits " + seconds(step.duration()) + " in silence";
            case BRANCH -> step.actionId() + ": " + step.description();
            case SETTING -> step.actionId() + ": " + step.description();
            case ENDING -> step.description();
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
