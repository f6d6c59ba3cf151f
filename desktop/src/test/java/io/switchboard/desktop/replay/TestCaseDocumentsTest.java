package io.switchboard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.replay.cases.CaseResult;
import io.switchboard.desktop.replay.cases.TestCase;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.task.SameThreadTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.flows.testing.TestDocument;
import io.switchboard.flows.testing.TestDocumentParser;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Play cases as Connect testing-language documents: saved, migrated, imported and exported, run on the sandbox. */
class TestCaseDocumentsTest {
    @TempDir
    Path data;
    private Session session;
    private ReplayViewModel replay;
    private TestCasesViewModel cases;

    @BeforeEach
    void setUp() {
        session = TestSandbox.session();
        replay = new ReplayViewModel(new SameThreadTaskExecutor(), new SimpleObjectProperty<>(session), new TestCaseStore(data));
        cases = replay.cases();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void savingAPlayCase_writesATestingLanguageDocument_thatReloadsAndPassesObservationByObservation() throws Exception {
        setUpVanityCall();
        replay.play().caseName().set("vanity flowers");
        replay.play().expectEnding().set("DISCONNECTED");
        replay.play().expectHeard().set("FLOWERS");
        replay.play().saveAsCase();

        TestDocument document = TestDocumentParser.parse(Files.readString(data.resolve("vanity-flowers.json")));
        assertThat(document.version()).isEqualTo("2025-06-21");
        assertThat(document.observations()).extracting(o -> o.event().describe())
                .containsExactly("MessageReceived \"FLOWERS\" (Inclusion)", "FlowActionStarted DisconnectParticipant");
        assertThat(Files.readString(data.resolve("vanity-flowers.entry.json"))).contains("\"flow\" : \"vanity\"").contains("+18003569377");

        cases.reload();
        assertThat(cases.cases()).singleElement().satisfies(c -> assertThat(c.play().flow()).isEqualTo("vanity"));
        cases.runAll();

        assertThat(cases.summary().get()).isEqualTo("1 of 1 passed");
        assertThat(cases.results()).singleElement().extracting(CaseResult::observations).asList().containsExactly(
                "PASSED hears: MessageReceived \"FLOWERS\" (Inclusion)", "PASSED ends: FlowActionStarted DisconnectParticipant");
    }

    @Test
    void anOldFormatPlayCase_isRewrittenAsADocumentOnce_keepsABackup_andStillPasses() throws Exception {
        // Exactly as Switchboard saved Play cases before testing-language documents.
        String old = """
                {
                  "name" : "Vanity flowers",
                  "play" : {
                    "flow" : "vanity",
                    "caller" : "+18003569377",
                    "attributes" : { },
                    "fast" : true,
                    "expectEnding" : "DISCONNECTED",
                    "expectHeard" : "flowers"
                  }
                }
                """;
        Files.writeString(data.resolve("vanity-flowers.json"), old);

        cases.reload();

        assertThat(cases.notice().get()).contains("Rewrote 1 older Play case(s)").contains("Vanity flowers");
        assertThat(data.resolve("vanity-flowers.json.old")).hasContent(old);
        assertThat(TestDocumentParser.parse(Files.readString(data.resolve("vanity-flowers.json"))).observations()).hasSize(2);
        cases.runAll();
        assertThat(cases.summary().get()).isEqualTo("1 of 1 passed");

        cases.reload();
        assertThat(cases.notice().get()).isEmpty();
        assertThat(cases.cases()).extracting(TestCase::name).containsExactly("Vanity flowers");
    }

    @Test
    void importingABadDocument_showsEveryProblemInOneMessage_andAddsNothing() throws Exception {
        Path bad = Files.createDirectories(data.resolve("incoming")).resolve("bad.json");
        Files.writeString(bad, "{\"Version\": \"2020-01-01\", \"Observations\": []}");

        cases.importDocument(bad);

        assertThat(cases.notice().get()).startsWith("Could not import " + bad.getFileName() + ": it is not a testing-language document")
                .contains("Version must be 2025-06-21 or 2019-10-30").contains("Observations must be a non-empty array");
        assertThat(cases.cases()).isEmpty();
    }

    @Test
    void theRepositorysVanityDocument_importsOnThePlayCall_runs_andExportsUnchanged() throws Exception {
        setUpVanityCall();
        Path shipped = Path.of("..", "flows", "tests", "vanity.json");

        cases.importDocument(shipped);
        assertThat(cases.notice().get()).isEmpty();
        assertThat(cases.cases()).singleElement().satisfies(c -> assertThat(c.play().caller()).isEqualTo("+18003569377"));
        cases.runAll();
        assertThat(cases.summary().get()).isEqualTo("1 of 1 passed");

        cases.selected().set(cases.cases().get(0));
        Path exported = data.resolve("exported.document");
        cases.exportSelected(exported);
        assertThat(exported).hasContent(Files.readString(shipped));
        assertThat(TestDocumentParser.parse(Files.readString(exported), java.util.Map.of("VanityFunctionArn", "arn")).observations()).hasSize(5);
    }

    private void setUpVanityCall() {
        replay.play().flow().set("vanity");
        replay.play().caller().set("+18003569377");
        replay.play().fast().set(true);
    }
}
