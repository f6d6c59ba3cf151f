package io.switchboard.lambdas.async;

import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Which SDK failures mean "ask again on the next poll" rather than "this cannot work": throttling,
 * our own Connect-sized timeouts, and connections that failed on the way. The flow's count_max bounds
 * how often a caller waits on them.
 */
final class TransientFailures {
    private TransientFailures() {
    }

    static boolean isTransient(SdkException failure) {
        if (failure instanceof AwsServiceException service) {
            return service.isThrottlingException() || service.statusCode() == 503;
        }
        if (failure instanceof ApiCallTimeoutException || failure instanceof ApiCallAttemptTimeoutException) {
            return true;
        }
        return failure instanceof SdkClientException && causedByIo(failure);
    }

    private static boolean causedByIo(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
