package io.switchboard.desktop.replay.cases;

import io.switchboard.desktop.connect.ResponseMaps;
import io.switchboard.desktop.replay.cases.TestCase.InvokeCase;
import io.switchboard.desktop.replay.cases.TestCase.PlayCase;
import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.EndingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Judges what came back against a case's expectations; each failure is a sentence a tester can act on. */
public final class CaseCheck {
    private CaseCheck() {
    }

    /**
     * @param functionError {@code Unhandled}/{@code Handled} when the function threw, else {@code null}
     * @return what did not match; empty when the case passed
     */
    public static List<String> invoke(InvokeCase expected, String payload, String functionError, long millis) {
        List<String> failures = new ArrayList<>();
        if (functionError != null) {
            failures.add("the function failed (" + functionError + "): " + shorten(payload));
            return failures;
        }
        if (expected.maxMillis() != null && millis > expected.maxMillis()) {
            failures.add("took " + millis + " ms, over the " + expected.maxMillis() + " ms allowed");
        }
        if (expected.expect().isEmpty()) {
            return failures;
        }
        Map<String, String> response;
        try {
            response = ResponseMaps.parse(payload);
        } catch (IllegalArgumentException notAMap) {
            failures.add("the response is not a flat map: " + notAMap.getMessage());
            return failures;
        }
        expected.expect().forEach((key, value) -> {
            if (!response.containsKey(key)) {
                failures.add("expected " + key + "=" + value + ", but the response has no " + key);
            } else if (!value.equals(response.get(key))) {
                failures.add("expected " + key + "=" + value + ", got " + key + "=" + response.get(key));
            }
        });
        return failures;
    }

    public static List<String> play(PlayCase expected, CallTranscript call) {
        List<String> failures = new ArrayList<>();
        String ended = call.ending().kind().outcome();
        if (expected.expectEnding() != null && !endsAs(call, expected.expectEnding())) {
            failures.add("ended " + ended + " at '" + call.ending().actionId() + "', expected " + expected.expectEnding());
        }
        if (expected.expectHeard() != null) {
            String phrase = expected.expectHeard().toLowerCase(Locale.ROOT);
            if (call.heard().stream().noneMatch(words -> words.toLowerCase(Locale.ROOT).contains(phrase))) {
                failures.add("the caller never heard \u201c" + expected.expectHeard() + "\u201d");
            }
        }
        return failures;
    }

    /** An outcome or a precise kind; cases saved before the outcomes were split said TRANSFERRED for a queue. */
    private static boolean endsAs(CallTranscript call, String expected) {
        String wanted = expected.equalsIgnoreCase("TRANSFERRED") ? EndingKind.TRANSFERRED_TO_QUEUE.name() : expected;
        return EndingKind.withOutcome(wanted).contains(call.ending().kind());
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
