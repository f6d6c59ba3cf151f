package io.switchboard.desktop.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.desktop.testing.LoopbackStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** STS GetCallerIdentity at the wire: the real SDK client against a loopback stub speaking the Query protocol. */
class IdentityWireTest {
    @TempDir
    Path home;

    @Test
    void whoAmI_whenStsAnswers_returnsTheAccountAndArn() throws Exception {
        try (LoopbackStub sts = new LoopbackStub().answer(200, "text/xml", """
                <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <GetCallerIdentityResult>
                    <Arn>arn:aws:sts::123456789012:assumed-role/Supervisor/alice</Arn>
                    <UserId>AROAEXAMPLE:alice</UserId>
                    <Account>123456789012</Account>
                  </GetCallerIdentityResult>
                  <ResponseMetadata><RequestId>9f1c2a3b-0000-4b8e-9a55-2d8f0e6c7a11</RequestId></ResponseMetadata>
                </GetCallerIdentityResponse>
                """);
             ClientCache clients = new ClientCache(target(sts))) {
            Identity.CallerIdentity me = new Identity(clients).whoAmI();

            assertThat(me.account()).isEqualTo("123456789012");
            assertThat(me.arn()).endsWith("assumed-role/Supervisor/alice");
            assertThat(sts.requests()).singleElement().asString().contains("Action=GetCallerIdentity");
        }
    }

    @Test
    void whoAmI_whenTokenExpired_saysToSignInAgainWithTheRequestId() throws Exception {
        try (LoopbackStub sts = new LoopbackStub().answer(403, "text/xml", """
                <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <Error><Type>Sender</Type><Code>ExpiredToken</Code>
                    <Message>The security token included in the request is expired</Message></Error>
                  <RequestId>4c1d-expired-req</RequestId>
                </ErrorResponse>
                """);
             ClientCache clients = new ClientCache(target(sts))) {
            ConnectionTarget target = clients.target();
            assertThatThrownBy(() -> new Identity(clients).whoAmI())
                    .satisfies(failure -> {
                        Problem problem = AwsProblems.describe(failure, target);
                        assertThat(problem.message()).contains("have expired").contains("aws sso login --profile dev");
                        assertThat(problem.requestId()).isEqualTo("4c1d-expired-req");
                        assertThat(problem.text()).doesNotContain("Exception").doesNotContain("at software.");
                    });
        }
    }

    @Test
    void whoAmI_whenProfileHasNoCredentials_saysHowToAddThem() throws Exception {
        Path config = Files.writeString(home.resolve("config"), "[profile empty]\nregion = eu-west-2\n");
        ConnectionTarget target = new ConnectionTarget("empty", "eu-west-2", Map.of("sts", java.net.URI.create("http://127.0.0.1:9")),
                new ConnectionTarget.ProfileFiles(config, home.resolve("credentials")));
        try (ClientCache clients = new ClientCache(target)) {
            assertThatThrownBy(() -> new Identity(clients).whoAmI())
                    .satisfies(failure -> assertThat(AwsProblems.describe(failure, target).message())
                            .startsWith("No credentials found for profile empty"));
        }
    }

    @Test
    void switchingConnection_closesTheOldClients() throws Exception {
        try (LoopbackStub sts = new LoopbackStub()) {
            ClientCache clients = new ClientCache(target(sts));
            clients.sts();
            clients.sts();
            assertThat(clients.openClients()).isEqualTo(1);
            clients.close();
            assertThat(clients.openClients()).isZero();
        }
    }

    private ConnectionTarget target(LoopbackStub sts) throws Exception {
        Path credentials = Files.writeString(home.resolve("credentials"),
                "[dev]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secretexample\n");
        return new ConnectionTarget("dev", "eu-west-2", Map.of("sts", sts.endpoint()),
                new ConnectionTarget.ProfileFiles(home.resolve("config"), credentials));
    }
}
