package io.switchboard.flows.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.FlowFiles;
import io.switchboard.flows.RealFlows;
import io.switchboard.flows.TestFlows;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real, deployed flow in ../shared/connect-flows. Connect accepted each, so an ERROR on any of
 * them is a wrong rule; the structural warnings (orphans, dead ends, unlisted parameters, impossible
 * branches, flow types) would be false too. Breaking one of them must be caught.
 */
class RealFlowsValidationTest {

    private static final List<String> STRUCTURAL_WARNINGS = List.of("unreachable", "nowhere to go",
            "is not a parameter of", "never raises", "never taken", "is not supported in");

    private final FlowValidator validator = new FlowValidator();

    static Stream<Path> realFlows() {
        return RealFlows.files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFlows")
    void realFlow_hasNoErrorAndNoStructuralWarning(Path file) {
        List<FlowProblem> problems = validator.validate(FlowFiles.read(file));

        assertThat(problems).filteredOn(FlowProblem::isError).isEmpty();
        assertThat(problems).extracting(FlowProblem::message)
                .noneMatch(m -> STRUCTURAL_WARNINGS.stream().anyMatch(m::contains));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFlows")
    void realFlow_withItsFirstActionTypeMisspelled_isAnErrorSuggestingTheRealType(Path file) throws Exception {
        ObjectNode flow = (ObjectNode) TestFlows.JSON.readTree(FlowFiles.read(file).text());
        ObjectNode first = (ObjectNode) flow.get("Actions").get(0);
        String type = first.get("Type").asText();
        String typo = type.substring(0, type.length() - 2) + type.charAt(type.length() - 1) + type.charAt(type.length() - 2);
        first.put("Type", typo);

        List<FlowProblem> errors = validator.errors(FlowDocument.fromString(flow.toString()));

        assertThat(errors).extracting(FlowProblem::actionId, FlowProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first.get("Identifier").asText(),
                        "unknown action type " + typo + "; did you mean " + type + "?"));
    }
}
