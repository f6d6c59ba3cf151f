package io.switchboard.desktop.replay;

import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.LambdaCall;
import io.switchboard.flows.simulator.LambdaCallOutcome;
import io.switchboard.flows.simulator.StepKind;
import io.switchboard.flows.simulator.TranscriptStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One transcript step as the Play table shows it.
 *
 * @param at       offset from the start of the call, {@code mm:ss.t}
 * @param what     "Caller hears", "Lambda", "Silence", "Decision", "Setting" or "Ending"
 * @param detail   the words, or what happened
 * @param deadAir  seconds the caller waits in silence (a Lambda call, a pause: {@link StepKind#isDeadAir()}), else empty
 * @param warning  Connect would do differently here, or a designer should look
 */
public record TranscriptRow(String at, String what, String detail, String duration, String deadAir, boolean warning) {
    private static final Pattern GENERATED_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern GENERATED_IDS = Pattern.compile("\\b([0-9a-fA-F]{8})-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    private static final Pattern CONNECT_INSTANCE = Pattern.compile("arn:aws[a-z-]*:connect:[a-z0-9-]+:\\d{12}:instance/[^/\\s]+/");

    public static List<TranscriptRow> of(CallTranscript call) {
        List<TranscriptRow> rows = new ArrayList<>();
        Iterator<LambdaCall> lambdas = call.lambdaCalls().iterator();
        for (TranscriptStep step : call.steps()) {
            boolean warned;
            if (step.kind() == StepKind.LAMBDA) {
                LambdaCall lambda = lambdas.hasNext() ? lambdas.next() : null;
                warned = lambda != null && lambda.outcome() != LambdaCallOutcome.OK;
            } else {
                warned = call.warnings().stream().anyMatch(w -> w.startsWith("action '" + step.actionId() + "'"));
            }
            rows.add(of(step, warned));
        }
        return rows;
    }

    /** A step as it happens, while the call still plays (warnings are known once it has ended). */
    public static TranscriptRow live(TranscriptStep step) {
        return of(step, false);
    }

    private static TranscriptRow of(TranscriptStep step, boolean warned) {
        return switch (step.kind()) {
            case SPEECH -> row(step, "Caller hears", "\u201c" + step.description() + "\u201d", warned);
            case PAUSE -> row(step, "Silence", step.description(), warned);
            case LAMBDA -> row(step, "Lambda", step.description(), warned);
            case BRANCH -> row(step, "Decision", block(step.actionId()) + ": " + step.description(), warned);
            case SETTING -> row(step, "Setting", block(step.actionId()) + ": " + step.description(), warned);
            case ENDING -> row(step, "Ending", step.description(), warned);
            default -> row(step, step.kind().name().charAt(0) + step.kind().name().substring(1).toLowerCase(Locale.ROOT),
                    block(step.actionId()) + ": " + step.description(), warned);
        };
    }

    /**
     * Text as a person reads it in a narrow column: a Connect ARN by its resource ({@code queue/4c826a3b…}),
     * generated ids by their first 8 characters.
     */
    public static String readable(String text) {
        if (text == null) {
            return null;
        }
        return GENERATED_IDS.matcher(CONNECT_INSTANCE.matcher(text).replaceAll("")).replaceAll("$1…");
    }

    /** The designer's generated identifiers (UUIDs) by their first 8 characters: enough to find the block, short enough to read. */
    static String block(String actionId) {
        return actionId != null && GENERATED_ID.matcher(actionId).matches() ? actionId.substring(0, 8) + "…" : actionId;
    }

    private static TranscriptRow row(TranscriptStep step, String what, String detail, boolean warning) {
        return new TranscriptRow(clock(step.start()), what, readable(detail), seconds(step.duration()),
                step.kind().isDeadAir() ? seconds(step.duration()) : "", warning);
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
