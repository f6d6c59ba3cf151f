package io.switchboard.stack.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatePackagerTest {
    private static final String TEMPLATE = """
            Resources:
              Machine:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  DefinitionString: file://statemachines/machine.asl.json
              Flow:
                Type: AWS::Connect::ContactFlow
                Properties:
                  Content: !Sub
                    - file://../flows/flow.json
                    - FunctionArn: !Ref Alias
            """;

    @TempDir
    Path root;

    private Path template() throws IOException {
        Path stack = Files.createDirectories(root.resolve("stack"));
        Files.createDirectories(stack.resolve("statemachines"));
        Files.createDirectories(root.resolve("flows"));
        Files.writeString(stack.resolve("statemachines/machine.asl.json"), "{\n  \"StartAt\": \"A\",\n  \"States\": {}\n}\n");
        return Files.writeString(stack.resolve("template.yaml"), TEMPLATE);
    }

    @Test
    void writePackaged_inlinesFilesMinifiedAndKeepsSubVariables() throws IOException {
        Path template = template();
        Files.writeString(root.resolve("flows/flow.json"), "{ \"Version\": \"2019-10-30\", \"Arn\": \"${FunctionArn}\" }");
        Path output = root.resolve("out/packaged.yaml");

        new TemplatePackager(TemplatePackager.MissingFiles.FAIL).writePackaged(template, output);

        Template packaged = Template.load(output);
        assertThat(packaged.resources().get("Machine").property("DefinitionString"))
                .isEqualTo("{\"StartAt\":\"A\",\"States\":{}}");
        assertThat(packaged.resources().get("Flow").property("Content")).isEqualTo(Map.of("Fn::Sub", List.of(
                "{\"Version\":\"2019-10-30\",\"Arn\":\"${FunctionArn}\"}", Map.of("FunctionArn", Map.of("Ref", "Alias")))));
        assertThat(Files.readString(output)).doesNotContain("file://");
    }

    @Test
    void writePackaged_theStackTemplate_inlinesTheStateMachineAndEveryFlow() throws IOException {
        Path stack = Files.createDirectories(root.resolve("stack/statemachines"));
        Files.copy(Path.of("template.yaml"), root.resolve("stack/template.yaml"));
        Files.copy(Path.of("statemachines/async-wrapper.asl.json"), stack.resolve("async-wrapper.asl.json"));
        Files.createDirectories(root.resolve("flows"));
        for (String flow : List.of("vanity", "async-demo", "async-native")) {
            Files.writeString(root.resolve("flows/" + flow + ".json"), """
                    {"Version": "2019-10-30", "StartAction": "end", "Metadata": {"name": "%s"},
                     "Actions": [{"Identifier": "end", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                    """.formatted(flow));
        }
        Path output = root.resolve("stack/target/switchboard.template.yaml");

        TemplatePackager.main(new String[] {root.resolve("stack/template.yaml").toString(), output.toString()});

        Template packaged = Template.load(output);
        assertThat(Files.readString(output)).doesNotContain("file://..", "file://statemachines");
        assertThat(packaged.resources().get("AsyncStateMachine").property("DefinitionString").toString())
                .startsWith("{\"Comment\":").contains("${WrappedFunctionArn}");
        assertThat(packaged.resources().get("VanityFlow").property("Content")).isEqualTo(Map.of("Fn::Sub", List.of(
                "{\"Version\":\"2019-10-30\",\"StartAction\":\"end\",\"Metadata\":{\"name\":\"vanity\"},"
                        + "\"Actions\":[{\"Identifier\":\"end\",\"Type\":\"DisconnectParticipant\",\"Parameters\":{},\"Transitions\":{}}]}",
                Map.of("VanityFunctionArn", Map.of("Ref", "VanityAlias")))));
        assertThat(packaged.conditions()).isEqualTo(Template.load(Path.of("template.yaml")).conditions());
    }

    @Test
    void inline_whenAFileIsMissing_failsNamingTheResourceAndPath() throws IOException {
        Template source = Template.load(template());

        assertThatThrownBy(() -> new TemplatePackager(TemplatePackager.MissingFiles.FAIL).inline(source))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Resources.Flow.Properties.Content")
                .hasMessageContaining("file://../flows/flow.json names no file");
    }

    @Test
    void inline_whenMissingFilesAreAllowed_keepsTheReferenceAndWarns() throws IOException {
        TemplatePackager packager = new TemplatePackager(TemplatePackager.MissingFiles.KEEP_REFERENCE);

        Template packaged = packager.inline(Template.load(template()));

        assertThat(packaged.resources().get("Flow").property("Content").toString()).contains("file://../flows/flow.json");
        assertThat(packager.warnings()).singleElement().asString().contains("flow.json").contains("not deployable");
    }

    @Test
    void inline_whenAFlowIsOverConnectsLimit_fails() throws IOException {
        Path template = template();
        Files.writeString(root.resolve("flows/flow.json"), "{\"Text\":\"" + "x".repeat(256_000) + "\"}");

        assertThatThrownBy(() -> new TemplatePackager(TemplatePackager.MissingFiles.FAIL).inline(Template.load(template)))
                .hasMessageContaining("Resources.Flow.Properties.Content is 256011 characters")
                .hasMessageContaining("at most 256000");
    }

    @Test
    void inline_whenAJsonFileIsInvalid_failsNamingTheFile() throws IOException {
        Path template = template();
        Files.writeString(root.resolve("flows/flow.json"), "{ not json");

        assertThatThrownBy(() -> new TemplatePackager(TemplatePackager.MissingFiles.FAIL).inline(Template.load(template)))
                .hasMessageContaining("flow.json is not valid JSON");
    }
}
