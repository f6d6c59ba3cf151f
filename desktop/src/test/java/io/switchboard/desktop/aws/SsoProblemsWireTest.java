package io.switchboard.desktop.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.switchboard.stack.testing.LoopbackAwsStub;
import io.switchboard.stack.testing.LoopbackAwsStub.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.utils.internal.SystemSettingUtilsTestBackdoor;

/**
 * What the real SDK (sso, ssooidc 2.59.1) throws when a profile's SSO sign-in is missing or expired, or
 * a profile has no usable keys, taken through the app's own path (ConnectionTarget → ClientCache's
 * ProfileCredentialsProvider over AwsProfiles' ProfileFile → STS GetCallerIdentity), and what
 * {@link AwsProblems} makes of it.
 *
 * <p>The SDK looks for cached SSO tokens in {@code <home>/.aws/sso/cache/<sha1>.json}, the sha1 being
 * of the sso-session name or, for legacy profiles, of sso_start_url; it finds home through its own
 * environment lookup ({@code HOME} before {@code user.home}). The SDK's test backdoor points that lookup
 * at a temp dir while this class runs (see {@link #home}). The SSO portal and SSO-OIDC clients the SDK builds internally are
 * sent to a loopback stub through the SDK's endpoint-override system properties
 * ({@code aws.endpointUrlSso}, {@code aws.endpointUrlSsoOidc}), restored afterwards, so nothing leaves
 * the machine.
 *
 * <p>SDK wording found here (2.59.1): sso-session expired → {@code "The SSO session associated with this
 * profile has expired or is otherwise invalid. …"} caused by {@code SdkClientException "Token is expired"}
 * (after a refresh attempt at SSO-OIDC); expired without client registration → {@code NullPointerException
 * "clientId is null"}; no cached token → the same first sentence caused by {@code "Unable to load SSO token"}
 * (2.40.2 threw the inner exceptions alone); legacy expired →
 * {@code ExpiredTokenException "The SSO session associated with this profile has expired..."}; legacy
 * no token → {@code UncheckedIOException(NoSuchFileException <cache file>)}; portal refusing the token →
 * {@code UnauthorizedException "Session token not found or invalid"} (401); key without secret →
 * {@code IllegalArgumentException "Profile property 'aws_secret_access_key' was not configured for 'dev'."}.
 */
class SsoProblemsWireTest {
    private static final String START_URL = "https://switchboard-test.awsapps.com/start";
    /** Names no real cache would hold, so a mistaken lookup in a real ~/.aws finds nothing. */
    private static final String SESSION = "switchboard-test-session";
    private static final String LOGIN_ADVICE = "run \u201caws sso login --profile dev\u201d";
    /** What SDK 2.59.1 puts before an sso-session profile's own token error (2.40.2 did not). */
    private static final String SSO_SESSION_INVALID = "The SSO session associated with this profile has expired or is otherwise"
            + " invalid. To refresh this SSO session run aws sso login with the corresponding profile.";
    private static final String[] ENDPOINT_PROPERTIES = {"aws.endpointUrlSso", "aws.endpointUrlSsoOidc"};

    private static final String SESSION_PROFILE = """
            [profile dev]
            sso_session = switchboard-test-session
            sso_account_id = 123456789012
            sso_role_name = Supervisor
            region = eu-west-2

            [sso-session switchboard-test-session]
            sso_start_url = %s
            sso_region = eu-west-1
            sso_registration_scopes = sso:account:access
            """.formatted(START_URL);

    private static final String LEGACY_PROFILE = """
            [profile dev]
            sso_start_url = %s
            sso_region = eu-west-1
            sso_account_id = 123456789012
            sso_role_name = Supervisor
            region = eu-west-2
            """.formatted(START_URL);

    /**
     * One home for the whole class: the SDK reads the token directory from home once per JVM, into
     * static fields (SsoProfileCredentialsProviderFactory.TOKEN_DIRECTORY, OnDiskTokenManager's
     * default location), on the first SSO lookup, which is this class's (no other desktop test
     * resolves SSO credentials). Those fields keep pointing here after the class ends.
     */
    @TempDir
    static Path home;

    /** IAM Identity Center: the portal (GetRoleCredentials) and SSO-OIDC (CreateToken), both REST-JSON. */
    private LoopbackAwsStub identityCenter;
    private LoopbackAwsStub sts;
    private final Map<String, String> savedProperties = new HashMap<>();

    @BeforeAll
    static void pointTheSdkAtTheTempHome() {
        SystemSettingUtilsTestBackdoor.addEnvironmentVariableOverride("HOME", home.toString());
    }

    @AfterAll
    static void restoreHome() {
        SystemSettingUtilsTestBackdoor.clearEnvironmentVariableOverrides();
    }

    @BeforeEach
    void startTheStubs() throws IOException {
        for (Path file : List.of(home.resolve("config"), home.resolve("credentials"), home.resolve(".aws/config"))) {
            Files.deleteIfExists(file);
        }
        Path cache = home.resolve(".aws/sso/cache");
        if (Files.isDirectory(cache)) {
            try (var tokens = Files.list(cache)) {
                for (Path token : tokens.toList()) {
                    Files.delete(token);
                }
            }
        }
        identityCenter = new LoopbackAwsStub(LoopbackAwsStub.BY_METHOD_AND_PATH_ONLY);
        sts = new LoopbackAwsStub(LoopbackAwsStub.BY_ACTION);
        for (String property : ENDPOINT_PROPERTIES) {
            savedProperties.put(property, System.getProperty(property));
            System.setProperty(property, identityCenter.endpoint().toString());
        }
        // What SSO-OIDC says to a refresh token it no longer honours.
        identityCenter.on("POST /token", new Reply(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token provided\"}",
                Map.of("Content-Type", "application/json", "x-amzn-ErrorType", "InvalidGrantException")));
    }

    @AfterEach
    void restore() {
        savedProperties.forEach((property, value) -> {
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
        });
        identityCenter.close();
        sts.close();
    }

    // --- sso-session profiles (what `aws configure sso` writes today)

    @Test
    void ssoSession_expiredToken_refreshRefused_saysToSignInAgain() throws Exception {
        config(SESSION_PROFILE);
        cachedToken(sha1(SESSION), Instant.now().minus(Duration.ofHours(2)), true);

        Failure failure = connect();

        assertThat(failure.sdkMessages()).isEqualTo(SSO_SESSION_INVALID + " | Token is expired");
        assertThat(failure.problem().message()).contains(LOGIN_ADVICE);
        assertThat(identityCenter.received("POST /token")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.text()).contains("\"grantType\":\"refresh_token\""));
        assertThat(sts.received()).isEmpty();
    }

    @Test
    void ssoSession_expiredToken_withoutClientRegistration_saysToSignInAgain() throws Exception {
        config(SESSION_PROFILE);
        cachedToken(sha1(SESSION), Instant.now().minus(Duration.ofHours(2)), false);

        Failure failure = connect();

        assertThat(failure.sdkMessages()).contains("clientId is null");
        assertThat(failure.problem().message()).contains(LOGIN_ADVICE);
    }

    @Test
    void ssoSession_noCachedToken_saysToSignIn() throws Exception {
        config(SESSION_PROFILE);

        Failure failure = connect();

        assertThat(failure.sdkMessages()).isEqualTo(SSO_SESSION_INVALID + " | Unable to load SSO token");
        assertThat(failure.problem().message()).contains(LOGIN_ADVICE);
        assertThat(identityCenter.received()).isEmpty();
    }

    @Test
    void ssoSession_tokenThePortalRefuses_saysToSignInAgain_withTheRequestId() throws Exception {
        config(SESSION_PROFILE);
        cachedToken(sha1(SESSION), Instant.now().plus(Duration.ofHours(2)), true);
        identityCenter.on("GET /federation/credentials", portalError(401, "UnauthorizedException", "Session token not found or invalid"));

        Failure failure = connect();

        assertThat(failure.sdkMessages()).startsWith("Session token not found or invalid (Service: Sso, Status Code: 401");
        assertThat(failure.problem().message()).contains(LOGIN_ADVICE);
        assertThat(failure.problem().requestId()).isEqualTo("stub-request");
        assertThat(identityCenter.received("GET /federation/credentials")).singleElement()
                .satisfies(r -> assertThat(r.query()).contains("account_id=123456789012").contains("role_name=Supervisor"));
    }

    @Test
    void ssoSession_roleNotAssigned_saysToCheckAccountAndRole() throws Exception {
        config(SESSION_PROFILE);
        cachedToken(sha1(SESSION), Instant.now().plus(Duration.ofHours(2)), true);
        identityCenter.on("GET /federation/credentials", portalError(403, "ForbiddenException", "No access"));

        Problem problem = connect().problem();

        assertThat(problem.message()).contains("sso_account_id and sso_role_name").contains("aws configure sso --profile dev")
                .contains("No access");
    }

    @Test
    void ssoSession_validToken_signsInThroughThePortal_andStsSeesTheRole() throws Exception {
        config(SESSION_PROFILE);
        cachedToken(sha1(SESSION), Instant.now().plus(Duration.ofHours(2)), true);
        identityCenter.on("GET /federation/credentials", new Reply(200, "{\"roleCredentials\":{\"accessKeyId\":\"ASIAEXAMPLE\","
                + "\"secretAccessKey\":\"secret\",\"sessionToken\":\"session\",\"expiration\":"
                + Instant.now().plus(Duration.ofHours(1)).toEpochMilli() + "}}", Map.of("Content-Type", "application/json")));
        sts.on("GetCallerIdentity", Reply.xml("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<GetCallerIdentityResult><Arn>arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Supervisor/alice</Arn>"
                + "<UserId>AROAEXAMPLE:alice</UserId><Account>123456789012</Account></GetCallerIdentityResult>"
                + "<ResponseMetadata><RequestId>sts-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>"));

        try (ClientCache clients = new ClientCache(target())) {
            assertThat(new Identity(clients).whoAmI().arn()).contains("AWSReservedSSO_Supervisor");
        }
    }

    @Test
    void ssoSession_expiredToken_inTheDefaultConfigFile_saysToSignInAgain() throws Exception {
        assumeTrue(System.getenv("AWS_CONFIG_FILE") == null, "AWS_CONFIG_FILE would replace ~/.aws/config");
        Files.writeString(Files.createDirectories(home.resolve(".aws")).resolve("config"), SESSION_PROFILE);
        cachedToken(sha1(SESSION), Instant.now().minus(Duration.ofHours(2)), true);
        ConnectionTarget target = new ConnectionTarget("dev", "eu-west-2", Map.of("sts", sts.endpoint()), null);

        try (ClientCache clients = new ClientCache(target)) {
            Throwable failure = catchThrowable(() -> new Identity(clients).whoAmI());
            assertThat(AwsProblems.describe(failure, target).message()).contains(LOGIN_ADVICE);
        }
    }

    // --- legacy SSO profiles (sso_start_url in the profile)

    @Test
    void legacy_expiredToken_saysToSignInAgain() throws Exception {
        config(LEGACY_PROFILE);
        cachedToken(sha1(START_URL), Instant.now().minus(Duration.ofHours(2)), false);

        Failure failure = connect();

        assertThat(failure.sdkMessages()).startsWith("The SSO session associated with this profile has expired");
        assertThat(failure.problem().message()).contains(LOGIN_ADVICE);
    }

    @Test
    void legacy_noCachedToken_saysToSignIn() throws Exception {
        config(LEGACY_PROFILE);

        Failure failure = connect();

        assertThat(failure.sdkMessages()).contains("NoSuchFileException").contains(sha1(START_URL) + ".json");
        assertThat(failure.problem().message()).contains(LOGIN_ADVICE).doesNotContain("NoSuchFile");
    }

    @Test
    void legacy_tokenThePortalRefuses_saysToSignInAgain() throws Exception {
        config(LEGACY_PROFILE);
        cachedToken(sha1(START_URL), Instant.now().plus(Duration.ofHours(2)), false);
        identityCenter.on("GET /federation/credentials", portalError(401, "UnauthorizedException", "Session token not found or invalid"));

        assertThat(connect().problem().message()).contains(LOGIN_ADVICE);
    }

    @Test
    void legacy_withoutSsoRegion_saysToCompleteTheProfile() throws Exception {
        config(LEGACY_PROFILE.replace("sso_region = eu-west-1\n", ""));

        Failure failure = connect();

        assertThat(failure.problem().message()).contains("Profile dev is incomplete").contains("sso_region")
                .contains("aws configure sso --profile dev");
    }

    // --- keys

    @Test
    void keyWithoutSecret_saysWhichPropertyIsMissingAndWhere() throws Exception {
        config("[profile dev]\nregion = eu-west-2\n");
        Files.writeString(home.resolve("credentials"), "[dev]\naws_access_key_id = AKIDEXAMPLE\n");

        Failure failure = connect();

        assertThat(failure.sdkMessages()).isEqualTo("Profile property 'aws_secret_access_key' was not configured for 'dev'.");
        assertThat(failure.problem().message())
                .isEqualTo("Profile dev is incomplete: it has no aws_secret_access_key. Add it to ~/.aws/credentials, or pick another profile.");
    }

    @Test
    void profileWithoutCredentials_orMissing_saysHowToAddThem() throws Exception {
        config("[profile dev]\nregion = eu-west-2\n");
        assertThat(connect().problem().message()).startsWith("No credentials found for profile dev");

        config("[profile other]\nregion = eu-west-2\n");
        assertThat(connect().problem().message()).startsWith("No credentials found for profile dev");
    }

    // --- helpers

    private record Failure(Throwable thrown, Problem problem) {
        /** The SDK's own messages down the cause chain, joined; what AwsProblems has to work with. */
        String sdkMessages() {
            StringBuilder text = new StringBuilder();
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                text.append(text.isEmpty() ? "" : " | ").append(t.getMessage() == null ? "" : t.getMessage().strip());
            }
            return text.toString();
        }
    }

    private Failure connect() {
        ConnectionTarget target = target();
        try (ClientCache clients = new ClientCache(target)) {
            Throwable thrown = catchThrowable(() -> new Identity(clients).whoAmI());
            assertThat(thrown).as("the connection should fail").isNotNull();
            Problem problem = AwsProblems.describe(thrown, target);
            assertThat(problem.text()).doesNotContain("Exception:").doesNotContain("at software.");
            return new Failure(thrown, problem);
        }
    }

    private ConnectionTarget target() {
        return new ConnectionTarget("dev", "eu-west-2", Map.of("sts", sts.endpoint()),
                new ConnectionTarget.ProfileFiles(home.resolve("config"), home.resolve("credentials")));
    }

    private void config(String text) throws IOException {
        Files.writeString(home.resolve("config"), text);
    }

    /** The portal's REST-JSON error: the code in x-amzn-ErrorType, the words in "message". */
    private static Reply portalError(int status, String code, String message) {
        return new Reply(status, "{\"message\":\"" + message + "\"}",
                Map.of("Content-Type", "application/json", "x-amzn-ErrorType", code));
    }

    /**
     * What `aws sso login` leaves in the cache (CLI v2): the access token and its expiry, and for
     * sso-session profiles the client registration and refresh token the SDK refreshes with.
     */
    private void cachedToken(String key, Instant expiresAt, boolean withRegistration) throws IOException {
        Path cache = Files.createDirectories(home.resolve(".aws/sso/cache"));
        String json = "{\"startUrl\":\"" + START_URL + "\",\"region\":\"eu-west-1\",\"accessToken\":\"aoaAAAAAexample\","
                + "\"expiresAt\":\"" + expiresAt.truncatedTo(ChronoUnit.SECONDS) + "\""
                + (withRegistration ? ",\"clientId\":\"client-example\",\"clientSecret\":\"secret-example\","
                        + "\"registrationExpiresAt\":\"" + Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS)
                        + "\",\"refreshToken\":\"aorAAAAAexample\"" : "")
                + "}";
        Files.writeString(cache.resolve(key + ".json"), json);
    }

    private static String sha1(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
