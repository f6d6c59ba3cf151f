package io.switchboard.lambdas.async;

import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Which failures mean "ask again on the next poll" rather than "this cannot work": throttling and
 * server errors, our own Connect-sized timeouts, connections that failed on the way, and failures of
 * the HTTP layer itself (the JDK's HttpURLConnection can throw a bare NullPointerException when a
 * timed-out attempt is aborted under load). Asking again is always safe: starts are idempotent by
 * execution name and polls only read. The flow's count_max bounds how often a caller waits on them.
 * Service answers that will not change (access denied, missing table) and SDK configuration errors
 * are not transient: they need an engineer, not another poll.
 */
final class TransientFailures {
    private TransientFailures() {
    }

    static boolean isTransient(RuntimeException failure) {
        if (failure instanceof AwsServiceException service) {
            return service.isThrottlingException() || service.statusCode() >= 500;
        }
        if (failure instanceof ApiCallTimeoutException || failure instanceof ApiCallAttemptTimeoutException) {
            return true;
        }
        if (failure instanceof SdkClientException) {
            return causedByIo(failure);
        }
        return !(failure instanceof SdkException);
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
