package io.switchboard.desktop.replay.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.replay.cases.TestCase.InvokeCase;
import io.switchboard.desktop.replay.cases.TestCase.PlayCase;
import io.switchboard.desktop.task.CancelledException;
import io.switchboard.desktop.task.Progress;
import io.switchboard.flows.simulator.CallEnding;
import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.EndingKind;
import io.switchboard.flows.simulator.StepKind;
import io.switchboard.flows.simulator.TranscriptStep;
import io.switchboard.flows.testing.ObservationResult;
import io.switchboard.flows.testing.TestResult;
import io.switchboard.flows.testing.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CaseCheckTest {
    private static final InvokeCase VANITY_OK = new InvokeCase("Vanity", "{}", Map.of("status", "OK"), 3_000L);

    @Test
    void invoke_whenStatusAndTimeMatch_passes() {
        assertThat(CaseCheck.invoke(VANITY_OK, "{\"status\":\"OK\",\"vanity1\":\"1-800-FLOWERS\"}", null, 120)).isEmpty();
    }

    @Test
    void invoke_whenStatusDiffersAndTooSlow_saysBoth() {
        assertThat(CaseCheck.invoke(VANITY_OK, "{\"status\":\"INVALID_NUMBER\"}", null, 4_200))
                .containsExactly("took 4200 ms, over the 3000 ms allowed", "expected status=OK, got status=INVALID_NUMBER");
    }

    @Test
    void invoke_whenKeyMissingOrFunctionFailed_saysWhat() {
        assertThat(CaseCheck.invoke(VANITY_OK, "{\"count\":\"0\"}", null, 10)).containsExactly("expected status=OK, but the response has no status");
        assertThat(CaseCheck.invoke(VANITY_OK, "{\"errorMessage\":\"boom\"}", "Unhandled", 10))
                .singleElement().asString().startsWith("the function failed (Unhandled)");
    }

    @Test
    void play_listsEveryObservationWithItsVerdict_andWhyTheOnesThatDidNotPassDidNot() {
        TestResult run = new TestResult("vanity", List.of(), List.of(
                new ObservationResult("hears", "MessageReceived \"FLOWERS\" (Inclusion)", Verdict.PASSED, "", "", Duration.ofSeconds(6), List.of()),
                new ObservationResult("ends", "FlowActionStarted TransferContactToQueue", Verdict.FAILED,
                        "a TransferContactToQueue block", "blocks run: DisconnectParticipant", null, List.of()),
                new ObservationResult("agent", "MessageReceived (Agent)", Verdict.NOT_REPRODUCIBLE_OFFLINE, "MessageReceived (Agent)",
                        "agent-side events need a real instance", null, List.of())),
                call(EndingKind.DISCONNECTED, "Your vanity numbers are 1-800-FLOWERS."));

        assertThat(CaseCheck.observations(run)).containsExactly(
                "PASSED hears: MessageReceived \"FLOWERS\" (Inclusion)",
                "FAILED ends: FlowActionStarted TransferContactToQueue \u2014 expected a TransferContactToQueue block"
                        + " \u2014 seen blocks run: DisconnectParticipant",
                "NOT REPRODUCIBLE agent: MessageReceived (Agent) \u2014 expected MessageReceived (Agent)"
                        + " \u2014 seen agent-side events need a real instance");
        CaseResult result = CaseResult.of(TestCase.of("vanity", new PlayCase("vanity", "+18003569377", Map.of(), true, null, null)), run, 10);
        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).startsWith("FAILED ends").contains("; NOT REPRODUCIBLE agent");
        assertThat(result.observations()).hasSize(3);
    }

    @Test
    void suite_givesARowPerCase_andACaseThatCannotRunFailsWithTheReason() {
        TestCase good = TestCase.of("good", VANITY_OK);
        TestCase broken = TestCase.of("broken", new PlayCase("vanity", "+18003569377", Map.of(), true, null, "FLOWERS"));
        SuiteRun.Runner runner = new SuiteRun.Runner() {
            @Override
            public SuiteRun.Invoked invoke(InvokeCase testCase) {
                return new SuiteRun.Invoked("{\"status\":\"OK\"}", null, 5);
            }

            @Override
            public TestResult play(String name, PlayCase entry, String document) {
                throw new IllegalStateException("the stack is not deployed");
            }
        };
        List<CaseResult> results = SuiteRun.run(List.of(good, broken), runner, Progress.NONE);
        assertThat(results).extracting(CaseResult::name, CaseResult::passed).containsExactly(
                Assertions.tuple("good", true), Assertions.tuple("broken", false));
        assertThat(results.get(1).reason()).isEqualTo("could not run: the stack is not deployed");
        assertThat(CaseResult.summary(results)).isEqualTo("1 of 2 passed");
    }

    @Test
    void suite_stopsWhenCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Assertions.assertThatThrownBy(() -> SuiteRun.run(List.of(TestCase.of("a", VANITY_OK)), null, cancelled))
                .isInstanceOf(CancelledException.class);
    }

    private static CallTranscript call(EndingKind ending, String said) {
        List<TranscriptStep> steps = List.of(
                new TranscriptStep("say-vanity", "MessageParticipant", StepKind.SPEECH, said, Duration.ZERO, Duration.ofSeconds(3)),
                new TranscriptStep("hang-up", "DisconnectParticipant", StepKind.ENDING, "caller disconnected", Duration.ofSeconds(3), Duration.ZERO));
        return new CallTranscript(steps, new CallEnding(ending, "hang-up", "", false), Duration.ofSeconds(3),
                List.of(), List.of(), Map.of());
    }
}
