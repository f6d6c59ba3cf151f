package io.switchboard.stack.sandbox.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.stack.sandbox.lambda.handlers.EchoHandler;
import io.switchboard.stack.template.FunctionPlan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

class LambdaApiServerTest {
    private static final String ARN_PREFIX = "arn:aws:lambda:us-east-1:000000000000:function:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SandboxFunctions functions;
    private static LambdaApiServer server;
    private static LambdaClient lambda;

    @BeforeAll
    static void start() throws Exception {
        functions = new SandboxFunctions(List.of(
                function("echo", EchoHandler.class.getName(), 5, Map.of("GREETING", "hello")),
                function("failing", "io.switchboard.stack.sandbox.lambda.handlers.FailingHandler", 5, Map.of()),
                function("sleeping", "io.switchboard.stack.sandbox.lambda.handlers.SleepingHandler", 1, Map.of()),
                function("uppercase", "io.switchboard.stack.sandbox.lambda.handlers.UppercaseStreamHandler", 5, Map.of()),
                function("missing-class", "io.switchboard.nowhere.MissingHandler", 5, Map.of())),
                SandboxFunctions.awsEnvironment("us-east-1", null, null), LambdaApiServerTest.class.getClassLoader());
        server = LambdaApiServer.start(functions);
        lambda = LambdaClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)))
                .build();
    }

    @AfterAll
    static void stop() {
        lambda.close();
        server.close();
        functions.close();
    }

    private static FunctionPlan function(String name, String handlerClass, int timeoutSeconds, Map<String, String> environment) {
        return new FunctionPlan(name + "Function", name, ARN_PREFIX + name, handlerClass, "handleRequest", environment,
                timeoutSeconds, 512, "java21", "test " + name, "arn:aws:iam::000000000000:role/test", Map.of("live", "1"));
    }

    private static InvokeResponse invoke(String function, String payload) {
        return lambda.invoke(request -> request.functionName(function).payload(SdkBytes.fromUtf8String(payload)));
    }

    private static JsonNode json(InvokeResponse response) throws Exception {
        return JSON.readTree(response.payload().asUtf8String());
    }

    @Test
    void invoke_returnsTheHandlersOutputBuiltFromItsEnvironmentAndContext() throws Exception {
        InvokeResponse response = invoke("echo", "{\"Name\":\"ContactFlowEvent\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isNull();
        assertThat(response.executedVersion()).isEqualTo("$LATEST");
        JsonNode output = json(response);
        assertThat(output.at("/input/Name").asText()).isEqualTo("ContactFlowEvent");
        assertThat(output.get("greeting").asText()).isEqualTo("hello");
        assertThat(output.get("region").asText()).isEqualTo("us-east-1");
        assertThat(output.get("function").asText()).isEqualTo("echo");
        assertThat(output.get("remainingMillis").asInt()).isBetween(1, 5_000);
    }

    @Test
    void invoke_byAliasArn_runsTheAliasVersion() {
        InvokeResponse response = invoke(ARN_PREFIX + "echo:live", "{}");

        assertThat(response.executedVersion()).isEqualTo("1");
    }

    @Test
    void invoke_twice_createsTheHandlerOnceAndReportsInitOnlyOnTheColdStart() throws Exception {
        InvocationResult first = functions.invoke("uppercase", "\"a\"");
        InvocationResult second = functions.invoke("uppercase", "\"b\"");
        String echoOne = json(invoke("echo", "{}")).get("instance").asText();
        String echoTwo = json(invoke(ARN_PREFIX + "echo", "{}")).get("instance").asText();

        assertThat(first.payloadJson()).isEqualTo("\"A\"");
        assertThat(first.coldStart()).isTrue();
        assertThat(second.coldStart()).isFalse();
        assertThat(first.logLines()).last().asString().contains("Init Duration");
        assertThat(second.initDurationMillis()).isZero();
        assertThat(second.logLines()).last().asString().doesNotContain("Init Duration");
        assertThat(echoTwo).isEqualTo(echoOne);
    }

    @Test
    void invoke_withLogTypeTail_returnsTheInvocationsLog() {
        InvokeResponse response = lambda.invoke(request -> request.functionName("echo").logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{}")));

        String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        assertThat(log).contains("START RequestId:", "echo called", "END RequestId:", "REPORT RequestId:");
    }

    @Test
    void invoke_whenTheHandlerThrows_answersUnhandledWithTheJavaRuntimesErrorShape() throws Exception {
        InvokeResponse response = invoke("failing", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = json(response);
        assertThat(error.get("errorMessage").asText()).isEqualTo("balance lookup failed");
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.get("stackTrace").get(0).asText()).contains("FailingHandler.handleRequest");
    }

    @Test
    void invoke_pastTheFunctionsTimeout_answersTaskTimedOut() throws Exception {
        long start = System.nanoTime();
        InvokeResponse response = invoke("sleeping", "{}");
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = json(response);
        assertThat(error.get("errorType").asText()).isEqualTo("Sandbox.Timedout");
        assertThat(error.get("errorMessage").asText()).matches(".*Z [0-9a-f-]{36} Task timed out after 1\\.\\d\\d seconds");
        assertThat(tookMillis).as("the caller is not kept waiting for the handler").isLessThan(2_900);
    }

    @Test
    void invoke_whenTheHandlerClassIsMissing_answersUnhandledNamingTheClass() throws Exception {
        InvokeResponse response = invoke("missing-class", "{}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(json(response).get("errorType").asText()).isEqualTo("java.lang.ClassNotFoundException");
        assertThat(json(response).get("errorMessage").asText()).contains("io.switchboard.nowhere.MissingHandler");
    }

    @Test
    void invoke_asEvent_answers202AndRunsInTheBackground() throws Exception {
        EchoHandler.SEEN.clear();

        InvokeResponse response = lambda.invoke(request -> request.functionName("echo").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"event\":\"queued\"}")));

        assertThat(response.statusCode()).isEqualTo(202);
        Map<String, Object> seen = EchoHandler.SEEN.poll(10, TimeUnit.SECONDS);
        assertThat(seen).containsEntry("event", "queued");
    }

    @Test
    void invoke_asDryRun_answers204WithoutRunning() {
        InvokeResponse response = lambda.invoke(request -> request.functionName("failing").invocationType(InvocationType.DRY_RUN));

        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void invoke_anUnknownFunctionOrAlias_isResourceNotFound() {
        assertThatThrownBy(() -> invoke("nobody", "{}"))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(404);
                    assertThat(error.awsErrorDetails().errorMessage())
                            .isEqualTo("Function not found: " + ARN_PREFIX + "nobody");
                });
        assertThatThrownBy(() -> invoke("echo:staging", "{}"))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining(ARN_PREFIX + "echo:staging");
    }

    @Test
    void invoke_withAPayloadThatIsNotJson_isInvalidRequestContent() {
        assertThatThrownBy(() -> invoke("echo", "not json"))
                .isInstanceOf(InvalidRequestContentException.class)
                .hasMessageContaining("Could not parse request body into json");
    }

    @Test
    void getFunction_describesTheFunctionFromItsPlan() {
        GetFunctionResponse response = lambda.getFunction(request -> request.functionName(ARN_PREFIX + "echo").qualifier("live"));

        FunctionConfiguration configuration = response.configuration();
        assertThat(configuration.functionName()).isEqualTo("echo");
        assertThat(configuration.functionArn()).isEqualTo(ARN_PREFIX + "echo:live");
        assertThat(configuration.handler()).isEqualTo(EchoHandler.class.getName() + "::handleRequest");
        assertThat(configuration.timeout()).isEqualTo(5);
        assertThat(configuration.memorySize()).isEqualTo(512);
        assertThat(configuration.version()).isEqualTo("1");
        assertThat(configuration.environment().variables()).isEqualTo(Map.of("GREETING", "hello"));
        assertThat(configuration.stateAsString()).isEqualTo("Active");
    }

    @Test
    void listFunctions_pagesThroughEveryFunction() {
        var firstPage = lambda.listFunctions(request -> request.maxItems(2));
        List<String> all = lambda.listFunctionsPaginator(request -> request.maxItems(2)).functions().stream()
                .map(FunctionConfiguration::functionName).toList();

        assertThat(firstPage.functions()).hasSize(2);
        assertThat(firstPage.nextMarker()).isNotNull();
        assertThat(all).containsExactly("echo", "failing", "sleeping", "uppercase", "missing-class");
    }
}
