package io.switchboard.desktop.aws;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Turns SDK exceptions into sentences that say what to fix; never a stack trace. */
public final class AwsProblems {
    private AwsProblems() {
    }

    public static Problem describe(Throwable failure, ConnectionTarget target) {
        String profile = target == null || target.profile() == null ? "the sandbox" : target.profile();
        String region = target == null ? "" : target.region();
        if (failure instanceof ProblemException worded) {
            return worded.problem();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException service) {
                return fromService(service, profile);
            }
        }
        String text = allMessages(failure).toLowerCase(Locale.ROOT);
        if (text.contains("sso") && (text.contains("expired") || text.contains("token") || text.contains("aws sso login"))) {
            return new Problem("The SSO sign-in for profile " + profile + " has expired or is missing: run `aws sso login --profile "
                    + profile + "`, then connect again.", null);
        }
        if (text.contains("unable to load credentials") || text.contains("no credentials") || text.contains("unable to load profile")
                || text.contains("does not have credentials") || text.contains("profile file contained no credentials")) {
            return new Problem("No credentials found for profile " + profile
                    + ": add keys to ~/.aws/credentials, configure SSO with `aws configure sso`, or pick another profile.", null);
        }
        if (hasCause(failure, UnknownHostException.class)) {
            return new Problem("Cannot reach AWS in region '" + region + "': check the region name and your network connection.", null);
        }
        if (hasCause(failure, ConnectException.class)) {
            return new Problem(target != null && target.isSandbox()
                    ? "The sandbox is not answering: restart Switchboard to start it again."
                    : "Cannot connect to AWS in region '" + region + "': check your network or proxy.", null);
        }
        if (failure instanceof ApiCallTimeoutException) {
            return new Problem("AWS did not answer in time: try again, or check your network.", null);
        }
        if (failure instanceof SdkClientException) {
            return new Problem(firstLine(failure.getMessage()), null);
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new Problem(firstLine(message), null);
    }

    private static Problem fromService(AwsServiceException service, String profile) {
        String code = service.awsErrorDetails() == null ? "" : service.awsErrorDetails().errorCode();
        String said = service.awsErrorDetails() == null || service.awsErrorDetails().errorMessage() == null
                ? firstLine(service.getMessage()) : service.awsErrorDetails().errorMessage();
        String requestId = service.requestId();
        String message = switch (code == null ? "" : code) {
            case "ExpiredToken", "ExpiredTokenException", "RequestExpired" ->
                    "The credentials of profile " + profile + " have expired: sign in again (for SSO: `aws sso login --profile "
                            + profile + "`).";
            case "InvalidClientTokenId", "UnrecognizedClientException", "SignatureDoesNotMatch" ->
                    "AWS does not accept the keys of profile " + profile + ": check them in ~/.aws/credentials.";
            case "AccessDenied", "AccessDeniedException" ->
                    "Profile " + profile + " is not allowed to do this: " + said;
            case "ThrottlingException", "Throttling", "TooManyRequestsException" ->
                    "AWS is throttling requests: Switchboard slows down and retries.";
            case "ResourceNotFoundException", "StateMachineDoesNotExist", "ExecutionDoesNotExist" ->
                    "Not found: " + said + " (is the stack deployed in this region?)";
            default -> said + (code == null || code.isBlank() ? "" : " [" + code + "]");
        };
        return new Problem(message, requestId);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String allMessages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(' ').append(t.getMessage());
        }
        return text.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "Unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
