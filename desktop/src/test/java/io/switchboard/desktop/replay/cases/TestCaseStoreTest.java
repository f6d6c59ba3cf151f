package io.switchboard.desktop.replay.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCaseStoreTest {
    @TempDir
    Path data;

    @Test
    void savedCases_comeBackByName_asReadableJsonFiles() throws Exception {
        TestCaseStore store = new TestCaseStore(data.resolve("test-cases"));
        TestCase play = TestCase.of("Vanity: FLOWERS!", new TestCase.PlayCase("vanity", "+18003569377",
                Map.of("demo_fail", "true"), true, "DISCONNECTED", "FLOWERS"));
        TestCase invoke = TestCase.of("async start", new TestCase.InvokeCase("Async wrapper", "{\"Name\":\"ContactFlowEvent\"}",
                Map.of("status", "STARTED"), null));

        store.save(play);
        store.save(invoke);

        assertThat(data.resolve("test-cases/vanity-flowers.entry.json")).exists();
        assertThat(Files.readString(data.resolve("test-cases/vanity-flowers.json"))).contains("\"Version\" : \"2025-06-21\"")
                .contains("\"Text\" : \"FLOWERS\"").contains("\"ActionType\" : \"DisconnectParticipant\"");
        TestCaseStore.Loaded loaded = store.load();
        assertThat(loaded.cases()).containsExactly(invoke, play);
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void savingTheSameNameReplaces_deleteRemoves_andJunkFilesAreReportedNotThrown() throws Exception {
        TestCaseStore store = new TestCaseStore(data);
        store.save(TestCase.of("one", new TestCase.PlayCase("vanity", "+18003569377", Map.of(), true, null, null)));
        store.save(TestCase.of("one", new TestCase.PlayCase("async-demo", "+18003569377", Map.of(), true, null, null)));
        Files.writeString(data.resolve("notes.json"), "not json");

        TestCaseStore.Loaded loaded = store.load();
        assertThat(loaded.cases()).singleElement().satisfies(c -> assertThat(c.play().flow()).isEqualTo("async-demo"));
        assertThat(loaded.problems()).singleElement().asString().startsWith("notes.json is not a test case");

        store.delete("one");
        assertThat(store.load().cases()).isEmpty();
    }

    @Test
    void anOldPlayCaseExpectingAnEndingNoBlockCanMake_isReportedAndLeftAsItWas() throws Exception {
        String old = "{\"name\":\"broken\",\"play\":{\"flow\":\"vanity\",\"caller\":\"+18003569377\",\"fast\":true,"
                + "\"expectEnding\":\"UNSUPPORTED_ACTION\"}}";
        Files.writeString(data.resolve("broken.json"), old);

        TestCaseStore.Loaded loaded = new TestCaseStore(data).load();

        assertThat(loaded.cases()).isEmpty();
        assertThat(loaded.migrated()).isEmpty();
        assertThat(loaded.problems()).singleElement().asString()
                .isEqualTo("broken.json is not a test case: an ending of UNSUPPORTED_ACTION cannot be written in Connect's testing language"
                        + " (no flow block ends a call that way): choose another ending or Any");
        assertThat(data.resolve("broken.json")).hasContent(old);
    }
}
