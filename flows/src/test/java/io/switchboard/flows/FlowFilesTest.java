package io.switchboard.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow files in the forms people keep them: the document, a Describe record, or a legacy export (refused clearly). */
class FlowFilesTest {

    /** Looked up per test, so that without ../shared each test is skipped (under CI=true, fails) rather than the class erroring. */
    private static Path real() {
        return RealFlows.file("connect-sample__sample_queue_configurations_flow.json");
    }

    @TempDir
    Path dir;

    @Test
    void aFlowLanguageDocument_isReadAsItIs() throws Exception {
        assertThat(FlowFiles.read(real()).text()).isEqualTo(Files.readString(real()));
    }

    @Test
    void aTestingLanguageDocument_isNotAFlow_andTheMessageSaysHowToRunIt() {
        Path testCase = Path.of("tests", "vanity.json");

        assertThat(FlowFiles.isTestCase(testCase)).isTrue();
        assertThat(FlowFiles.isTestCase(real())).isFalse();
        assertThatThrownBy(() -> FlowFiles.read(testCase)).isInstanceOf(FlowFileException.class)
                .hasMessageContaining("test case").hasMessageContaining("switchboard test vanity.json --flow");
    }

    @Test
    void aDescribeContactFlowRecord_isReadByItsContent() throws Exception {
        String content = Files.readString(real());
        ObjectNode record = TestFlows.JSON.createObjectNode();
        record.putObject("ContactFlow").put("Arn", "arn:aws:connect:us-east-1:111122223333:instance/i/contact-flow/f")
                .put("Name", "Sample queue configurations").put("Type", "CONTACT_FLOW").put("Content", content);
        Path file = Files.writeString(dir.resolve("describe.json"), record.toPrettyString());

        FlowDocument flow = FlowFiles.read(file);

        assertThat(flow.text()).isEqualTo(content);
        assertThat(flow.actions()).hasSize(FlowDocument.fromString(content).actions().size()).isNotEmpty();
    }

    @Test
    void aDescribeContactFlowModuleRecord_andABareContent_areReadToo() throws Exception {
        String content = Files.readString(RealFlows.file("acme-terraform__acme_contact_flow_module_AUTO.json"));
        ObjectNode module = TestFlows.JSON.createObjectNode();
        module.putObject("ContactFlowModule").put("Name", "acme module").put("Content", content);
        ObjectNode bare = TestFlows.JSON.createObjectNode().put("Content", content);

        assertThat(FlowFiles.read(Files.writeString(dir.resolve("module.json"), module.toString())).text()).isEqualTo(content);
        assertThat(FlowFiles.read(Files.writeString(dir.resolve("bare.json"), bare.toString())).text()).isEqualTo(content);
    }

    @Test
    void aLegacyConsoleExport_isRefusedInOneClearLine() throws Exception {
        Path legacy = Files.writeString(dir.resolve("legacy.json"), """
                {"modules": [{"id": "a1", "type": "PlayPrompt", "branches": []}],
                 "version": "1", "type": "contactFlow", "start": "a1",
                 "metadata": {"name": "Old flow", "description": "", "type": "contactFlow", "status": "published"}}
                """);

        assertThatThrownBy(() -> FlowFiles.read(legacy)).isInstanceOf(FlowFileException.class)
                .hasMessage(legacy + " is a legacy console export, not Flow Language: open it in the flow designer, "
                        + "publish it, and export it again (or save the Content of aws connect describe-contact-flow)")
                .extracting(e -> ((FlowFileException) e).reason()).asString().startsWith("a legacy console export");
    }

    @Test
    void notJson_saysSoWithTheFileName() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"Version\": ");

        assertThatThrownBy(() -> FlowFiles.read(broken)).isInstanceOf(FlowFileException.class)
                .hasMessageStartingWith(broken + " is not valid JSON");
    }
}
