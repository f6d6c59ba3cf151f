package io.switchboard.desktop.aws;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Turns SDK exceptions into sentences that say what to fix; never a stack trace. */
public final class AwsProblems {
    /** The SDK's service names for IAM Identity Center's portal and its token service. */
    private static final Set<String> SSO_SERVICES = Set.of("Sso", "SsoOidc");
    private static final String SDK_SSO_PACKAGE = "software.amazon.awssdk.services.sso.";
    private static final String SDK_SSO_OIDC_PACKAGE = "software.amazon.awssdk.services.ssooidc.";
    /**
     * The SDK's words for a profile missing a property it needs: "Profile property 'aws_secret_access_key'
     * was not configured for 'dev'." (keys) and "'sso_region' must be set to use role-based credential
     * loading in the 'dev' profile." (SSO).
     */
    private static final Pattern MISSING_PROPERTY = Pattern.compile(
            "Profile property '([a-z_]+)' was not configured|'([a-z_]+)' must be set to use");

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
        String messages = allMessages(failure);
        String text = messages.toLowerCase(Locale.ROOT);
        if (text.contains("sso") && (text.contains("expired") || text.contains("token") || text.contains("aws sso login"))) {
            return ssoSignIn(profile, null);
        }
        Matcher incomplete = MISSING_PROPERTY.matcher(messages);
        if (incomplete.find()) {
            return incompleteProfile(profile, incomplete.group(1) != null ? incomplete.group(1) : incomplete.group(2));
        }
        if (text.contains("unable to load credentials") || text.contains("no credentials") || text.contains("unable to load profile")
                || text.contains("does not have credentials") || text.contains("profile file contained no credentials")) {
            return new Problem("No credentials found for profile " + profile
                    + ": add keys to ~/.aws/credentials, configure SSO with “aws configure sso”, or pick another profile.", null);
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
        if (thrownBySsoSignIn(failure)) {
            return ssoSignIn(profile, null);
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
        String serviceName = service.awsErrorDetails() == null ? null : service.awsErrorDetails().serviceName();
        if (SSO_SERVICES.contains(serviceName)) {
            return fromSso(code, said, profile, requestId);
        }
        String message = switch (code == null ? "" : code) {
            case "ExpiredToken", "ExpiredTokenException", "RequestExpired" ->
                    "The credentials of profile " + profile + " have expired: sign in again (for SSO: “aws sso login --profile "
                            + profile + "”).";
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

    /**
     * IAM Identity Center answered while the SDK turned the profile's SSO sign-in into credentials:
     * the portal's GetRoleCredentials (service "Sso": 401 UnauthorizedException for a token it no
     * longer accepts, 403 ForbiddenException for a role not assigned) or the token refresh ("SsoOidc").
     */
    private static Problem fromSso(String code, String said, String profile, String requestId) {
        if ("ForbiddenException".equals(code) || "ResourceNotFoundException".equals(code)) {
            return new Problem("IAM Identity Center does not give profile " + profile + " its account and role (" + said
                    + "): check sso_account_id and sso_role_name with “aws configure sso --profile " + profile + "”.", requestId);
        }
        if ("TooManyRequestsException".equals(code)) {
            return new Problem("IAM Identity Center is throttling sign-ins: wait a moment, then connect again.", requestId);
        }
        return ssoSignIn(profile, requestId);
    }

    private static Problem ssoSignIn(String profile, String requestId) {
        return new Problem("The SSO sign-in for profile " + profile + " has expired or is missing: run “aws sso login --profile "
                + profile + "”, then connect again.", requestId);
    }

    private static Problem incompleteProfile(String profile, String property) {
        String fix;
        if (property.startsWith("sso_")) {
            fix = "Run “aws configure sso --profile " + profile + "” to complete it";
        } else if (property.startsWith("aws_")) {
            fix = "Add it to ~/.aws/credentials";
        } else {
            fix = "Add it to the profile in ~/.aws/config";
        }
        return new Problem("Profile " + profile + " is incomplete: it has no " + property + ". " + fix + ", or pick another profile.", null);
    }

    /**
     * Failed inside the SDK's SSO credential or token providers (packages sso, ssooidc): the cached
     * sign-in is missing, expired, or unusable. The SDK words some of these only as "Token is
     * expired", "clientId is null" or a missing cache file, so the frames say more than the text.
     */
    private static boolean thrownBySsoSignIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String type = frame.getClassName();
                if (type.startsWith(SDK_SSO_PACKAGE) || type.startsWith(SDK_SSO_OIDC_PACKAGE)) {
                    return true;
                }
            }
        }
        return false;
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
