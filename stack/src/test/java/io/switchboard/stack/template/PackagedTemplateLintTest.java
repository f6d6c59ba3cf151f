package io.switchboard.stack.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * cfn-lint (an independent linter, preinstalled on the team's machines) on the template the deployer
 * uploads, informational checks included: no errors, and no I3011 (a stateful resource without an
 * explicit DeletionPolicy/UpdateReplacePolicy). Skipped, saying so, where cfn-lint is absent; under
 * {@code CI=true} its absence fails.
 */
class PackagedTemplateLintTest {
    private static final Path PACKAGED = Path.of("target", "switchboard.template.yaml");

    @Test
    void cfnLint_onThePackagedTemplate_findsNoErrorAndNoStatefulResourceWithoutPolicies() throws Exception {
        assertThat(PACKAGED).as("the build packages the template before tests run").exists();
        LintRun run = cfnLint("--include-checks", "I", "--format", "parseable", "--", PACKAGED.toString());

        List<String> findings = run.output().lines().filter(line -> !line.isBlank()).toList();
        assertThat(findings).as("cfn-lint errors").noneMatch(line -> line.contains(":E"));
        assertThat(findings).as("stateful resources without DeletionPolicy/UpdateReplacePolicy")
                .noneMatch(line -> line.contains(":I3011:"));
        assertThat(findings).as("parameters with AWS's value constraints (W1030)").noneMatch(line -> line.contains(":W1030:"));
    }

    @Test
    void cfnLint_wouldReportATableWithoutPolicies() throws Exception {
        Path template = Files.createTempFile("unretained", ".yaml");
        try {
            Files.writeString(template, """
                    AWSTemplateFormatVersion: "2010-09-09"
                    Resources:
                      Calls:
                        Type: AWS::DynamoDB::Table
                        Properties:
                          BillingMode: PAY_PER_REQUEST
                          AttributeDefinitions: [{ AttributeName: contact_id, AttributeType: S }]
                          KeySchema: [{ AttributeName: contact_id, KeyType: HASH }]
                    """);
            LintRun run = cfnLint("--include-checks", "I", "--format", "parseable", "--", template.toString());

            assertThat(run.output()).contains(":I3011:");
        } finally {
            Files.deleteIfExists(template);
        }
    }

    private record LintRun(int exitCode, String output) {
    }

    private static LintRun cfnLint(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("cfn-lint"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException absent) {
            String problem = "cfn-lint is not installed (" + absent.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(problem + ": CI must provide it");
            }
            Assumptions.abort(problem + ": template lint skipped");
            throw absent;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("cfn-lint did not finish in 120 s");
        }
        return new LintRun(process.exitValue(), output);
    }
}
