package io.switchboard.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowDocumentTest {

    @Test
    void fromClasspath_loadsShippedFlowsWithTheirPlaceholders() {
        FlowDocument vanity = FlowDocument.fromClasspath("vanity");
        FlowDocument async = FlowDocument.fromClasspath("async-demo");

        assertThat(vanity.version()).isEqualTo("2019-10-30");
        assertThat(vanity.startAction()).isEqualTo("log-on");
        assertThat(vanity.placeholderNames()).containsExactly("VanityFunctionArn");
        assertThat(async.placeholderNames()).containsExactly("AsyncWrapperFunctionArn");
    }

    @Test
    void shippedFlows_containNoOtherSubSyntax() {
        for (String name : new String[] {"vanity", "async-demo"}) {
            String text = FlowDocument.fromClasspath(name).text();
            String withoutKnown = text.replace("${VanityFunctionArn}", "").replace("${AsyncWrapperFunctionArn}", "");
            assertThat(withoutKnown).as(name).doesNotContain("${");
        }
    }

    @Test
    void withPlaceholders_inlinesArnsAndLeavesNoPlaceholder() {
        FlowDocument vanity = FlowDocument.fromClasspath("vanity", TestFlows.ARNS);

        assertThat(vanity.placeholderNames()).isEmpty();
        assertThat(vanity.action("get-vanity").orElseThrow().textParameter("LambdaFunctionARN"))
                .contains(TestFlows.ARNS.get("VanityFunctionArn"));
    }

    @Test
    void withPlaceholders_escapesValuesForJson() {
        FlowDocument flow = FlowDocument.fromString("{\"Version\":\"${V}\",\"Actions\":[]}", Map.of("V", "a\"b"));

        assertThat(flow.version()).isEqualTo("a\"b");
    }

    @Test
    void fromFile_readsAFlowFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hello.json");
        Files.writeString(file, TestFlows.minimal().toPrettyString());

        assertThat(FlowDocument.fromFile(file).actions()).extracting(FlowAction::identifier).containsExactly("hello", "bye");
    }

    @Test
    void fromString_whenNotJson_failsWithReadableMessage() {
        assertThatThrownBy(() -> FlowDocument.fromString("{ not json"))
                .isInstanceOf(FlowLoadException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> FlowDocument.fromClasspath("nope"))
                .isInstanceOf(FlowLoadException.class).hasMessageContaining("nope");
    }
}
