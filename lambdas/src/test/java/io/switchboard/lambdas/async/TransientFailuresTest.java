package io.switchboard.lambdas.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

class TransientFailuresTest {

    @Test
    void throttlingAndServerErrors_areWorthAnotherPoll() {
        assertThat(TransientFailures.isTransient(service("ThrottlingException", 400))).isTrue();
        assertThat(TransientFailures.isTransient(service("InternalFailure", 500))).isTrue();
        assertThat(TransientFailures.isTransient(service("ServiceUnavailable", 503))).isTrue();
    }

    @Test
    void answersThatWillNotChange_needAnEngineer() {
        assertThat(TransientFailures.isTransient(service("AccessDeniedException", 400))).isFalse();
        assertThat(TransientFailures.isTransient(SdkClientException.create("Unable to load region"))).isFalse();
    }

    @Test
    void failuresOnTheWay_areWorthAnotherPoll() {
        assertThat(TransientFailures.isTransient(ApiCallAttemptTimeoutException.create(600))).isTrue();
        assertThat(TransientFailures.isTransient(SdkClientException.create("connection reset", new IOException("reset"))))
                .isTrue();
        // What the JDK's HttpURLConnection throws when an attempt is aborted under load, unwrapped by the client.
        assertThat(TransientFailures.isTransient(new RuntimeException(new NullPointerException("this.http is null"))))
                .isTrue();
    }

    private static AwsServiceException service(String code, int status) {
        return AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code).build())
                .build();
    }
}
