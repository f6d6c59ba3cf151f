package io.switchboard.stack.simulate;

import io.switchboard.flows.simulator.LambdaInvocationException;
import io.switchboard.flows.simulator.LambdaInvoker;
import io.switchboard.stack.sandbox.Sandbox;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * The flow simulator's Lambda calls through the Lambda Invoke API — the sandbox's, or a real
 * account's (then on the {@code live} alias the flow names). A function error becomes an invocation
 * failure, which sends the simulated contact down the block's error branch, as in Connect.
 */
public final class LambdaClientInvoker implements LambdaInvoker {
    private final LambdaClient lambda;

    /** A Lambda client for the sandbox's Invoke API (its endpoint and region, placeholder credentials); close it. */
    public static LambdaClient sandboxClient(Sandbox sandbox) {
        return LambdaClient.builder().endpointOverride(sandbox.lambdaEndpoint())
                .region(Region.of(sandbox.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    public LambdaClientInvoker(LambdaClient lambda) {
        this.lambda = lambda;
    }

    @Override
    public String invoke(String functionArn, String eventJson) throws LambdaInvocationException {
        InvokeResponse response;
        try {
            response = lambda.invoke(b -> b.functionName(functionArn).payload(SdkBytes.fromUtf8String(eventJson)));
        } catch (SdkException failed) {
            throw new LambdaInvocationException("Lambda Invoke failed: " + failed.getMessage(), failed);
        }
        String payload = response.payload() == null ? "" : response.payload().asUtf8String();
        if (response.functionError() != null) {
            throw new LambdaInvocationException("The function failed (" + response.functionError() + "): " + payload);
        }
        return payload;
    }
}
