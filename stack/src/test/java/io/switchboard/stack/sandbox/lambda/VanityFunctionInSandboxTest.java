package io.switchboard.stack.sandbox.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.stack.template.FunctionPlan;
import io.switchboard.stack.template.PseudoParameters;
import io.switchboard.stack.template.SandboxPlan;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** The real vanity handler, configured from stack/template.yaml, answering through the sandbox's Lambda API. */
class VanityFunctionInSandboxTest {

    @Test
    void vanityFunction_withoutACallsTable_answersAConnectCallWithAStatus() throws Exception {
        SandboxPlan plan = SandboxPlan.fromTemplate(Path.of("template.yaml"), Map.of(), PseudoParameters.sandbox());
        FunctionPlan vanity = plan.function("switchboard-vanity").orElseThrow();
        Map<String, String> environment = new HashMap<>(vanity.environment());
        environment.remove("CALLS_TABLE");
        FunctionPlan unrecorded = new FunctionPlan(vanity.logicalId(), vanity.name(), vanity.arn(), vanity.handlerClass(),
                vanity.handlerMethod(), environment, vanity.timeoutSeconds(), vanity.memoryMb(), vanity.runtime(),
                vanity.description(), vanity.roleArn(), vanity.aliases());
        String event;
        try (InputStream in = getClass().getResourceAsStream("/connect-events/vanity-call.json")) {
            event = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        InvokeResponse response;
        try (SandboxFunctions functions = new SandboxFunctions(List.of(unrecorded),
                     SandboxFunctions.awsEnvironment("us-east-1", null, null), getClass().getClassLoader());
             LambdaApiServer server = LambdaApiServer.start(functions);
             LambdaClient lambda = LambdaClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox")))
                     .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            response = lambda.invoke(request -> request.functionName(vanity.arn() + ":live").payload(SdkBytes.fromUtf8String(event)));
        }

        assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
        assertThat(response.executedVersion()).isEqualTo("1");
        Map<String, Object> answer = new ObjectMapper().readValue(response.payload().asUtf8String(), new TypeReference<>() { });
        assertThat(answer).containsKey("status");
        assertThat(answer.values()).as("Connect's STRING_MAP: flat strings").allMatch(String.class::isInstance);
    }
}
