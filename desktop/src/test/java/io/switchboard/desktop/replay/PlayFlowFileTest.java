package io.switchboard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.task.SameThreadTaskExecutor;
import io.switchboard.desktop.testing.SharedFlows;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.validation.FlowProblem;
import io.switchboard.flows.validation.FlowValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Play a call on a flow the user opens from a file or a folder: real, deployed flows from ../shared/connect-flows. */
class PlayFlowFileTest {
    private static final String FIRST_CONTACT = "connect-sample__sample_inbound_flow_first_contact_experience.json";
    @TempDir
    Path data;
    @TempDir
    Path files;
    private Session session;
    private PlayViewModel play;

    @BeforeEach
    void setUp() {
        session = TestSandbox.session();
        play = viewModel();
    }

    private PlayViewModel viewModel() {
        return new ReplayViewModel(new SameThreadTaskExecutor(), new SimpleObjectProperty<>(session),
                new TestCaseStore(data.resolve("test-cases")), new RecentFlows(data.resolve("recent-flows.properties"))).play();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void openingARealFlowFile_playsIt_andShowsItsTranscriptAndTheValidatorsFindings() {
        Path file = SharedFlows.file(FIRST_CONTACT);
        play.flows().openFile(file);
        play.play();

        assertThat(play.flows().problem().get()).isEmpty();
        assertThat(play.work().problem().get()).isEmpty();
        assertThat(play.flow().get()).isEqualTo(file.toString());
        assertThat(play.rows()).hasSize(play.transcript().get().steps().size());
        assertThat(play.rows()).filteredOn(r -> r.what().equals("Caller hears")).first()
                .satisfies(r -> assertThat(r.detail()).startsWith("\u201cHello, thanks for calling."));
        assertThat(play.rows()).last().satisfies(r -> assertThat(r.what()).isEqualTo("Ending"));
        assertThat(play.ending().get()).startsWith(play.transcript().get().ending().kind().outcome());
        assertThat(play.flows().findings()).extracting(FindingRow::message)
                .containsExactlyElementsOf(new FlowValidator().validate(FlowDocument.fromFile(file)).stream().map(FlowProblem::message).toList());
        assertThat(play.flows().findingsSummary().get()).isNotBlank();
    }

    @Test
    void aDescribeContactFlowRecord_playsTheFlowInItsContent() throws Exception {
        Path flowFile = SharedFlows.file(FIRST_CONTACT);
        Path record = files.resolve("described.json");
        Files.writeString(record, new ObjectMapper().writeValueAsString(Map.of("ContactFlow", Map.of(
                "Arn", "arn:aws:connect:us-east-1:123456789012:instance/x/contact-flow/y", "Name", "First contact",
                "Type", "CONTACT_FLOW", "Content", Files.readString(flowFile)))));

        play.flows().openFile(record);
        play.flowsFolder().set("");
        play.play();

        assertThat(play.flows().problem().get()).isEmpty();
        PlayViewModel direct = viewModel();
        direct.flows().openFile(flowFile);
        direct.flowsFolder().set("");
        direct.play();
        assertThat(play.rows()).extracting(TranscriptRow::detail).containsExactlyElementsOf(direct.rows().stream().map(TranscriptRow::detail).toList());
    }

    @Test
    void aFileThatIsNotAFlow_saysSoInOneLine_andCannotBePlayed() throws Exception {
        Path notes = Files.writeString(files.resolve("notes.json"), "{\"shopping\": [\"milk\"]}");
        Path broken = Files.writeString(files.resolve("broken.json"), "{\"Version\": \"2019-10-30\",\n \"Actions\": [");

        play.flows().openFile(notes);
        assertThat(play.flows().problem().get()).startsWith("notes.json is not an Amazon Connect flow").doesNotContain("\n");
        play.flows().openFile(broken);
        assertThat(play.flows().problem().get()).startsWith("broken.json is not JSON (line 2)").doesNotContain("\n");
        assertThat(play.flow().get()).isEqualTo("vanity");
        assertThat(play.flows().recent()).isEmpty();
    }

    @Test
    void aFlowFileThatBreaksAfterItWasOpened_blocksPlay_withTheOneLineReason() throws Exception {
        Path flow = Files.copy(SharedFlows.file(FIRST_CONTACT), files.resolve("mine.json"));
        play.flows().openFile(flow);
        assertThat(play.canPlay().get()).isTrue();

        Files.writeString(flow, "not json at all");
        play.play();

        assertThat(play.flows().problem().get()).isEqualTo("mine.json is not JSON (line 1): open a Flow Language .json file or a DescribeContactFlow record.");
        assertThat(play.canPlay().get()).isFalse();
        assertThat(play.flows().findings()).isEmpty();
    }

    @Test
    void openingAFolder_listsItsFlowsAfterTheShippedOnes_andPicksTheFirst() {
        Path folder = SharedFlows.folder();
        play.flows().openFolder(folder);

        long jsonFiles = folder.toFile().list((dir, name) -> name.endsWith(".json")).length;
        assertThat(play.flows().choices()).startsWith(ShippedFlows.names().toArray(String[]::new));
        assertThat(play.flows().choices()).hasSize(ShippedFlows.names().size() + (int) jsonFiles);
        assertThat(play.flow().get()).isEqualTo(play.flows().choices().get(ShippedFlows.names().size()));
        assertThat(FlowSource.label(play.flow().get())).endsWith("(connect-flows)");
    }

    @Test
    void pressing3_withTheFlowsFolder_continuesIntoTheLambdaFlow_whereTheUnroutedLambdaTakesItsErrorBranch() {
        play.flows().openFile(SharedFlows.file(FIRST_CONTACT));
        play.dtmf().set("3");
        play.flowsFolder().set("");
        play.play();
        assertThat(play.ending().get()).startsWith("TRANSFERRED_TO_FLOW");

        play.flowsFolder().set(SharedFlows.folder().toString());
        play.play();

        assertThat(play.rows()).anySatisfy(r -> assertThat(r.detail()).contains("caller presses 3"));
        assertThat(play.rows()).anySatisfy(r -> assertThat(r.detail()).startsWith("\u201cNow performing a data dip using AWS Lambda"));
        assertThat(play.rows()).filteredOn(r -> r.what().equals("Lambda")).first()
                .satisfies(r -> assertThat(r.warning()).isTrue())
                .satisfies(r -> assertThat(r.detail()).contains("error branch"));
        assertThat(play.ending().get()).doesNotStartWith("TRANSFERRED_TO_FLOW");
    }

    @Test
    void openingAFile_offersItsFolderForTransfers_untilTheUserChoosesAnother() {
        play.flows().openFile(SharedFlows.file(FIRST_CONTACT));
        assertThat(play.flowsFolder().get()).isEqualTo(SharedFlows.folder().toString());

        play.flowsFolder().set(files.toString());
        play.flows().openFile(SharedFlows.file("connect-sample__sample_queue_customer.json"));
        assertThat(play.flowsFolder().get()).isEqualTo(files.toString());
    }

    @Test
    void closedHours_sendTheCallerAway_openHoursQueueThem() {
        play.flows().openFile(SharedFlows.file("connect-sample__sample_queue_customer.json"));
        play.hoursOpen().set(false);
        play.play();

        assertThat(play.ending().get()).startsWith("DISCONNECTED");
        assertThat(play.rows()).anySatisfy(r -> assertThat(r.detail()).contains("not able to take your call"));

        play.hoursOpen().set(true);
        play.play();
        assertThat(play.ending().get()).startsWith("TRANSFERRED_TO_QUEUE");
    }

    @Test
    void keysThatAreNotDtmf_blockPlay_withAMessageSayingWhatToType() {
        play.dtmf().set("1, 12x#");
        assertThat(play.canPlay().get()).isFalse();
        assertThat(play.dtmfProblem().get()).isEqualTo("Keys are 0-9, * and #, entries separated by commas (e.g. 1, 1234#): '12x#' has x.");
        play.dtmf().set("1, 1234#");
        assertThat(play.canPlay().get()).isTrue();
    }

    @Test
    void aSavedCase_keepsTheKeysHoursAndFlowsFolder_andPassesWhenRunAgain() {
        play.flows().openFile(SharedFlows.file(FIRST_CONTACT));
        play.dtmf().set("3");
        play.play();
        play.caseName().set("lambda dip");
        play.expectHeard().set("data dip");
        play.saveAsCase();

        ReplayViewModel replay = new ReplayViewModel(new SameThreadTaskExecutor(), new SimpleObjectProperty<>(session),
                new TestCaseStore(data.resolve("test-cases")));
        replay.cases().reload();
        replay.cases().runAll();

        assertThat(replay.cases().summary().get()).isEqualTo("1 of 1 passed");
    }

    @Test
    void recentFilesAndFolders_surviveARestart_newestFirst() {
        play.flows().openFolder(SharedFlows.folder());
        play.flows().openFile(SharedFlows.file(FIRST_CONTACT));

        PlayViewModel restarted = viewModel();

        assertThat(restarted.flows().recent()).containsExactly(
                new RecentFlows.Entry(SharedFlows.file(FIRST_CONTACT), false), new RecentFlows.Entry(SharedFlows.folder(), true));
        assertThat(restarted.flows().choices()).contains(SharedFlows.file(FIRST_CONTACT).toString());
        assertThat(restarted.flow().get()).isEqualTo("vanity");
    }
}
