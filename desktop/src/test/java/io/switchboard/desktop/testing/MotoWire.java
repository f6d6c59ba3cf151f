package io.switchboard.desktop.testing;

import io.switchboard.desktop.aws.ConnectionTarget;
import io.switchboard.desktop.connection.Session;
import io.switchboard.stack.testing.MotoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An AWS profile connection whose Connect and CloudWatch Logs are moto (an independent implementation,
 * see {@link MotoServer}) while its DynamoDB is the test sandbox's (the call log is tested against that engine).
 */
public final class MotoWire {
    private MotoWire() {
    }

    /** Profile "dev" in {@code region}: Connect and Logs at {@code moto}, DynamoDB at the test sandbox. */
    public static ConnectionTarget target(MotoServer moto, String region, Path home) {
        try {
            Path credentials = Files.writeString(home.resolve("credentials"),
                    "[dev]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secretexample\n");
            return new ConnectionTarget("dev", region, Map.of("connect", moto.endpoint(), "logs", moto.endpoint(),
                    "dynamodb", SandboxDynamoDb.ENDPOINT), new ConnectionTarget.ProfileFiles(home.resolve("config"), credentials));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class SandboxDynamoDb {
        static final URI ENDPOINT = endpoint();

        private static URI endpoint() {
            try (Session sandbox = TestSandbox.session()) {
                return sandbox.target().endpoint("dynamodb").orElseThrow();
            }
        }
    }
}
