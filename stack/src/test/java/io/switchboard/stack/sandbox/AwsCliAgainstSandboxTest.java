package io.switchboard.stack.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.stack.sandbox.asl.TaskResources;
import io.switchboard.stack.sandbox.lambda.LambdaApiServer;
import io.switchboard.stack.sandbox.lambda.SandboxFunctions;
import io.switchboard.stack.sandbox.lambda.handlers.EchoHandler;
import io.switchboard.stack.sandbox.stepfunctions.StepFunctionsSandbox;
import io.switchboard.stack.testing.AwsCli;
import io.switchboard.stack.template.FunctionPlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The Lambda and Step Functions operations the AWS CLI users reach for first, run through the real
 * {@code aws} command against the sandbox: AWS's response shapes and error codes.
 */
class AwsCliAgainstSandboxTest {
    private static final String ARN_PREFIX = "arn:aws:lambda:us-east-1:000000000000:function:";
    private static SandboxFunctions functions;
    private static LambdaApiServer lambdaApi;
    private static StepFunctionsSandbox stepFunctions;

    @BeforeAll
    static void start() throws Exception {
        functions = new SandboxFunctions(List.of(new FunctionPlan("EchoFunction", "echo", ARN_PREFIX + "echo",
                EchoHandler.class.getName(), "handleRequest", Map.of("GREETING", "hello"), 5, 512, "java21", "echoes",
                "arn:aws:iam::000000000000:role/test", Map.of("live", "1"))),
                SandboxFunctions.awsEnvironment("us-east-1", null, null), AwsCliAgainstSandboxTest.class.getClassLoader());
        lambdaApi = LambdaApiServer.start(functions);
        stepFunctions = new StepFunctionsSandbox(StepFunctionsSandbox.Settings.defaults(), new TaskResources(List.of())).start();
    }

    @AfterAll
    static void stop() {
        stepFunctions.close();
        lambdaApi.close();
        functions.close();
    }

    private static AwsCli lambda() {
        return AwsCli.against(lambdaApi.endpoint(), "us-east-1");
    }

    private static AwsCli states() {
        return AwsCli.against(stepFunctions.endpoint(), "us-east-1");
    }

    @Test
    void lambdaGetFunctionConfiguration_answersTheConfigurationOrResourceNotFound() {
        JsonNode configuration = lambda().run("lambda", "get-function-configuration", "--function-name", "echo").json();
        assertThat(configuration.get("FunctionName").asText()).isEqualTo("echo");
        assertThat(configuration.get("FunctionArn").asText()).isEqualTo(ARN_PREFIX + "echo");
        assertThat(configuration.get("Version").asText()).isEqualTo("$LATEST");
        assertThat(configuration.at("/Environment/Variables/GREETING").asText()).isEqualTo("hello");

        AwsCli.Result missing = lambda().run("lambda", "get-function-configuration", "--function-name", "nope");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).contains("ResourceNotFoundException").contains("Function not found: " + ARN_PREFIX + "nope");
    }

    @Test
    void lambdaAliasesAndVersions_listAndGetInAwsShapes() {
        JsonNode aliases = lambda().run("lambda", "list-aliases", "--function-name", "echo").json();
        assertThat(aliases.get("Aliases")).hasSize(1);
        assertThat(aliases.at("/Aliases/0/Name").asText()).isEqualTo("live");
        assertThat(aliases.at("/Aliases/0/FunctionVersion").asText()).isEqualTo("1");
        assertThat(aliases.at("/Aliases/0/AliasArn").asText()).isEqualTo(ARN_PREFIX + "echo:live");

        JsonNode alias = lambda().run("lambda", "get-alias", "--function-name", "echo", "--name", "live").json();
        assertThat(alias.get("AliasArn").asText()).isEqualTo(ARN_PREFIX + "echo:live");
        AwsCli.Result noAlias = lambda().run("lambda", "get-alias", "--function-name", "echo", "--name", "blue");
        assertThat(noAlias.exitCode()).isNotZero();
        assertThat(noAlias.stderr()).contains("ResourceNotFoundException").contains(ARN_PREFIX + "echo:blue");

        JsonNode versions = lambda().run("lambda", "list-versions-by-function", "--function-name", "echo").json();
        assertThat(versions.get("Versions")).extracting(v -> v.get("Version").asText()).containsExactly("$LATEST", "1");
        assertThat(versions.at("/Versions/1/FunctionArn").asText()).isEqualTo(ARN_PREFIX + "echo:1");
    }

    @Test
    void stepFunctionsValidateStateMachineDefinition_answersAwsResultAndDiagnostics() {
        JsonNode valid = states().run("stepfunctions", "validate-state-machine-definition", "--definition",
                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}").json();
        assertThat(valid.get("result").asText()).isEqualTo("OK");
        assertThat(valid.get("diagnostics")).isEmpty();

        JsonNode empty = states().run("stepfunctions", "validate-state-machine-definition", "--definition", "{}").json();
        assertThat(empty.get("result").asText()).isEqualTo("FAIL");
        assertThat(empty.at("/diagnostics/0/code").asText()).isEqualTo("SCHEMA_VALIDATION_FAILED");
        assertThat(empty.at("/diagnostics/0/message").asText()).isEqualTo("These fields are required: [States, StartAt]");
    }

    @Test
    void stepFunctionsDescribeStateMachineForExecution_answersTheDefinitionOrExecutionDoesNotExist() {
        String definition = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}";
        AwsCli cli = states();
        String machine;
        String execution;
        try (SfnClient sfn = SfnClient.builder().endpointOverride(stepFunctions.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "y")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            machine = sfn.createStateMachine(b -> b.name("cli-machine").definition(definition)
                    .roleArn("arn:aws:iam::000000000000:role/sandbox")).stateMachineArn();
            execution = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
        }

        JsonNode described = cli.run("stepfunctions", "describe-state-machine-for-execution", "--execution-arn", execution).json();
        assertThat(described.get("stateMachineArn").asText()).isEqualTo(machine);
        assertThat(described.get("name").asText()).isEqualTo("cli-machine");
        assertThat(described.get("definition").asText()).isEqualTo(definition);
        assertThat(described.has("updateDate")).isTrue();

        AwsCli.Result missing = cli.run("stepfunctions", "describe-state-machine-for-execution", "--execution-arn",
                execution.replace(":execution:cli-machine:", ":execution:cli-machine:x"));
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).contains("ExecutionDoesNotExist");
    }
}
