package io.switchboard.stack.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.stack.sandbox.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.sfn.SfnClient;

/** Real SDK clients pointed at a running sandbox, and Connect-style invocations of its functions. */
public final class SandboxClients implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StaticCredentialsProvider ANY = StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "y"));

    public final LambdaClient lambda;
    public final SfnClient stepFunctions;
    public final DynamoDbClient dynamoDb;

    public SandboxClients(Sandbox sandbox) {
        Region region = Region.of(sandbox.region());
        lambda = LambdaClient.builder().endpointOverride(sandbox.lambdaEndpoint()).region(region)
                .credentialsProvider(ANY).httpClient(UrlConnectionHttpClient.create()).build();
        stepFunctions = SfnClient.builder().endpointOverride(sandbox.stepFunctionsEndpoint()).region(region)
                .credentialsProvider(ANY).httpClient(UrlConnectionHttpClient.create()).build();
        dynamoDb = DynamoDbClient.builder().endpointOverride(sandbox.dynamoDbEndpoint()).region(region)
                .credentialsProvider(ANY).httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** Invokes a function the way Connect does (RequestResponse) and returns its string map. */
    public Map<String, String> invoke(String functionArn, ObjectNode event) {
        try {
            InvokeResponse response = lambda.invoke(b -> b.functionName(functionArn)
                    .payload(SdkBytes.fromUtf8String(event.toString())));
            if (response.functionError() != null) {
                throw new AssertionError("Function error: " + response.payload().asUtf8String());
            }
            return JSON.readValue(response.payload().asUtf8String(), new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample event from src/test/resources/connect-events, with this contact id and these parameters. */
    public static ObjectNode event(String sample, String contactId, Map<String, String> parameters) {
        try (InputStream in = SandboxClients.class.getResourceAsStream("/connect-events/" + sample)) {
            ObjectNode event = (ObjectNode) JSON.readTree(in);
            ObjectNode details = (ObjectNode) event.get("Details");
            ((ObjectNode) details.get("ContactData")).put("ContactId", contactId);
            ObjectNode params = details.putObject("Parameters");
            parameters.forEach(params::put);
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        lambda.close();
        stepFunctions.close();
        dynamoDb.close();
    }
}
