package io.switchboard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.replay.cases.TestCase;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.task.SameThreadTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.flows.simulator.EndingKind;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plays the shipped flows against the in-memory sandbox's Lambda functions, without a screen. */
class PlayViewModelTest {
    @TempDir
    Path data;
    private Session session;
    private ReplayViewModel replay;
    private PlayViewModel play;

    @BeforeEach
    void setUp() {
        session = TestSandbox.session();
        replay = new ReplayViewModel(new SameThreadTaskExecutor(), new SimpleObjectProperty<>(session), new TestCaseStore(data));
        play = replay.play();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void playingVanityFast_showsTheTranscriptWithTheVanityWordsAndDeadAir() {
        play.flow().set("vanity");
        play.caller().set("+18003569377");
        play.fast().set(true);
        play.play();

        assertThat(play.work().problem().get()).isEmpty();
        assertThat(play.transcript().get().ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
        assertThat(play.rows()).anySatisfy(r -> assertThat(r.detail()).contains("FLOWERS"));
        assertThat(play.rows()).anySatisfy(r -> {
            assertThat(r.what()).isEqualTo("Lambda");
            assertThat(r.deadAir()).matches("\\d+\\.\\d s");
        });
        assertThat(play.totals().get()).contains("dead air").contains("1 Lambda call");
        assertThat(play.ending().get()).startsWith("DISCONNECTED");
    }

    @Test
    void theShippedAsyncNativeFlow_reachesTheStacksOwnSlowLookup() {
        play.flow().set("async-native");
        play.play();

        assertThat(play.work().problem().get()).isEmpty();
        assertThat(play.rows()).filteredOn(r -> r.what().equals("Lambda")).isNotEmpty()
                .noneSatisfy(r -> assertThat(r.detail()).contains("not called"));
    }

    @Test
    void choosingAsyncDemoOrFast_leavesTheUsersAttributesAlone_andTheFastDemoStillAnswersInTime() {
        play.attributes().set("origin=test");
        play.fast().set(false);
        play.flow().set("async-demo");
        play.fast().set(true);
        assertThat(play.attributes().get()).isEqualTo("origin=test");

        play.caller().set("+447700900123");
        play.play();

        assertThat(play.work().problem().get()).isEmpty();
        assertThat(play.transcript().get().heard()).anySatisfy(words -> assertThat(words).startsWith("Your balance is"));
        assertThat(play.attributes().get()).isEqualTo("origin=test");
    }

    @Test
    void aDemoDelayTheUserSets_isTheOnePlayed() {
        assertThat(CallPlayback.attributesToPlay(new PlayRequest("async-demo", "+447700900123", java.util.Map.of("demo_delay_ms", "60000"), true)))
                .containsEntry("demo_delay_ms", "60000");
        assertThat(CallPlayback.attributesToPlay(new PlayRequest("async-demo", "+447700900123", java.util.Map.of(), false)))
                .doesNotContainKey("demo_delay_ms");
    }

    @Test
    void saveAsTestCase_afterSwitchingFlowAndCaller_proposesTheLastCallsNameAndEnding() {
        play.flow().set("vanity");
        play.caller().set("+18003569377");
        play.play();
        assertThat(play.caseName().get()).isEqualTo(FlowSource.label("vanity").strip() + " +18003569377");

        play.flow().set("async-native");
        play.caller().set("+447700900123");
        play.play();

        assertThat(play.work().problem().get()).isEmpty();
        assertThat(play.caseName().get()).isEqualTo(FlowSource.label("async-native").strip() + " +447700900123");
        assertThat(play.expectEnding().get()).isEqualTo(play.transcript().get().ending().kind().outcome());
    }

    @Test
    void aBadCaller_blocksPlay_withAMessageSayingWhatToFix() {
        play.caller().set("0800 FLOWERS");
        assertThat(play.canPlay().get()).isFalse();
        assertThat(play.callerProblem().get()).startsWith("Start the number with +");
    }

    @Test
    void savedPlayAndInvokeCases_runAsASuite_withAReasonForEachFailure() {
        play.flow().set("vanity");
        play.caller().set("+18003569377");
        play.caseName().set("vanity flowers");
        play.expectEnding().set("DISCONNECTED");
        play.expectHeard().set("FLOWERS");
        play.saveAsCase();
        play.caseName().set("vanity wrong words");
        play.expectHeard().set("TULIPS");
        play.saveAsCase();
        replay.caller().set("+18003569377");
        replay.applyFields();
        replay.invoke();
        replay.caseName().set("invoke vanity");
        replay.saveAsCase();

        replay.cases().reload();
        assertThat(replay.cases().cases()).extracting(TestCase::name).containsExactly("invoke vanity", "vanity flowers", "vanity wrong words");
        replay.cases().runAll();

        assertThat(replay.cases().summary().get()).isEqualTo("2 of 3 passed");
        assertThat(replay.cases().results()).filteredOn(r -> !r.passed()).singleElement()
                .satisfies(r -> {
                    assertThat(r.reason()).startsWith("FAILED hears: MessageReceived \"TULIPS\" (Inclusion)");
                    assertThat(r.observations()).containsExactly(r.reason(), "PASSED ends: FlowActionStarted DisconnectParticipant");
                });
    }
}
