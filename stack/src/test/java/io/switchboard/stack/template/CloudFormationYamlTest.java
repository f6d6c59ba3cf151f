package io.switchboard.stack.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudFormationYamlTest {

    @Test
    void read_turnsEveryShortFormTagIntoItsLongForm() {
        Map<String, Object> tree = CloudFormationYaml.read("""
                A: !Ref Param
                B: !GetAtt Table.Arn
                C: !GetAtt [Table, StreamArn]
                D: !Sub "${AWS::StackName}-x"
                E: !Sub ["${X}", {X: !Ref Param}]
                F: !If [Cond, yes-value, !Ref AWS::NoValue]
                G: !Not [!Equals [!Ref Param, ""]]
                H: !And [!Condition Cond, !Or [!Condition Other, !Condition Cond]]
                I: !Join ["-", [a, b]]
                J: !Select [1, !Split [",", "a,b"]]
                K: !FindInMap [Map, Top, Second]
                L: !Base64 text
                M: !ImportValue exported
                N: !GetAZs ""
                O: 2010-09-09
                """);

        assertThat(tree.get("A")).isEqualTo(Map.of("Ref", "Param"));
        assertThat(tree.get("B")).isEqualTo(Map.of("Fn::GetAtt", List.of("Table", "Arn")));
        assertThat(tree.get("C")).isEqualTo(Map.of("Fn::GetAtt", List.of("Table", "StreamArn")));
        assertThat(tree.get("D")).isEqualTo(Map.of("Fn::Sub", "${AWS::StackName}-x"));
        assertThat(tree.get("E")).isEqualTo(Map.of("Fn::Sub", List.of("${X}", Map.of("X", Map.of("Ref", "Param")))));
        assertThat(tree.get("F")).isEqualTo(Map.of("Fn::If", List.of("Cond", "yes-value", Map.of("Ref", "AWS::NoValue"))));
        assertThat(tree.get("G")).isEqualTo(Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "Param"), "")))));
        assertThat(tree.get("H")).isEqualTo(Map.of("Fn::And", List.of(Map.of("Condition", "Cond"),
                Map.of("Fn::Or", List.of(Map.of("Condition", "Other"), Map.of("Condition", "Cond"))))));
        assertThat(tree.get("I")).isEqualTo(Map.of("Fn::Join", List.of("-", List.of("a", "b"))));
        assertThat(tree.get("J")).isEqualTo(Map.of("Fn::Select", List.of(1, Map.of("Fn::Split", List.of(",", "a,b")))));
        assertThat(tree.get("K")).isEqualTo(Map.of("Fn::FindInMap", List.of("Map", "Top", "Second")));
        assertThat(tree.get("L")).isEqualTo(Map.of("Fn::Base64", "text"));
        assertThat(tree.get("M")).isEqualTo(Map.of("Fn::ImportValue", "exported"));
        assertThat(tree.get("N")).isEqualTo(Map.of("Fn::GetAZs", ""));
        assertThat(tree.get("O")).as("dates stay text, as CloudFormation reads them").isEqualTo("2010-09-09");
    }

    @Test
    void read_whenGetAttHasNoAttribute_namesTheProblem() {
        assertThatThrownBy(() -> CloudFormationYaml.read("A: !GetAtt Table"))
                .hasMessageContaining("!GetAtt Table is not of the form Resource.Attribute");
    }

    @Test
    void load_readsTheStackTemplate() {
        Template template = Template.load(Path.of("template.yaml"));

        assertThat(template.resources()).containsKeys("CallsTable", "VanityFunction", "AsyncStateMachine", "VanityFlow");
        assertThat(template.resources().get("VanityFlow").property("Content"))
                .isEqualTo(Map.of("Fn::Sub", List.of("file://../flows/vanity.json",
                        Map.of("VanityFunctionArn", Map.of("Ref", "VanityAlias")))));
        assertThat(template.conditions().get("HasConnectInstance"))
                .isEqualTo(Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "ConnectInstanceArn"), "")))));
    }
}
