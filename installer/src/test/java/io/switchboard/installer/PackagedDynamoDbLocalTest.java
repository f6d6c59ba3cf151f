package io.switchboard.installer;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.stack.sandbox.dynamodb.ArtifactFetcher;
import io.switchboard.stack.sandbox.dynamodb.DownloadManifest;
import io.switchboard.stack.sandbox.dynamodb.DynamoDbLocalServer;
import io.switchboard.stack.sandbox.dynamodb.DynamoDbLocalSetup;
import io.switchboard.stack.sandbox.dynamodb.LicenceAcceptance;
import io.switchboard.stack.sandbox.dynamodb.MavenArtifact;
import io.switchboard.stack.testing.MavenRepositoryStub;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What a packaged app does on its first sandbox start, end to end: with the manifest's jars hidden from
 * the class path (as the package leaves them out), accept, download them from a loopback repository in
 * Maven Central's layout, and run DynamoDB Local from the downloaded jars against a real SDK client.
 */
class PackagedDynamoDbLocalTest {
    private static final DownloadManifest MANIFEST = DownloadManifest.bundled(PackagedDynamoDbLocalTest.class.getClassLoader()).orElseThrow();

    @Test
    void firstStart_acceptsDownloadsVerifies_andRunsDynamoDbLocalFromTheDownloadedJars(@TempDir Path home) throws Exception {
        ClassLoader packaged = new WithoutDownloadedJars(getClass().getClassLoader(), MANIFEST);
        try (MavenRepositoryStub central = MavenRepositoryStub.ofLocalRepository()) {
            ArtifactFetcher fetcher = new ArtifactFetcher(central.uri());
            DynamoDbLocalSetup setup = new DynamoDbLocalSetup(packaged, MANIFEST, home,
                    new LicenceAcceptance(home.resolve("licence-accepted.properties"), Clock.systemUTC()), central.uri(), fetcher::fetch);
            assertThat(setup.need()).isEqualTo(DynamoDbLocalSetup.Need.LICENCE);

            setup.accept();
            setup.download(ArtifactFetcher.Listener.NONE, () -> false);

            assertThat(setup.need()).isEqualTo(DynamoDbLocalSetup.Need.NOTHING);
            assertThat(central.requests()).hasSize(MANIFEST.artifacts().size());
            try (DynamoDbLocalServer server = DynamoDbLocalServer.inMemory().loadedFrom(setup.classLoader()).start();
                 DynamoDbClient client = server.newClient()) {
                client.createTable(b -> b.tableName("calls").billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
                        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
                assertThat(client.listTables().tableNames()).containsExactly("calls");
            }
            Class<?> runner = setup.classLoader().loadClass("com.amazonaws.services.dynamodbv2.local.main.ServerRunner");
            assertThat(Path.of(runner.getProtectionDomain().getCodeSource().getLocation().toURI()))
                    .isEqualTo(setup.installFolder().resolve("DynamoDBLocal-2.6.1.jar"));
        }
    }

    /** The test class path as the package has it: classes and resources of the manifest's files are not found. */
    private static final class WithoutDownloadedJars extends ClassLoader {
        private final Set<String> hidden;

        WithoutDownloadedJars(ClassLoader parent, DownloadManifest manifest) {
            super("packaged-app", parent);
            this.hidden = manifest.artifacts().stream().map(MavenArtifact::fileName).collect(Collectors.toSet());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (getResource(name.replace('.', '/') + ".class") == null && getParent().getResource(name.replace('.', '/') + ".class") != null) {
                throw new ClassNotFoundException(name + " is not in the package");
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            try {
                Enumeration<URL> all = getResources(name);
                return all.hasMoreElements() ? all.nextElement() : null;
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return Collections.enumeration(Collections.list(getParent().getResources(name)).stream().filter(url -> !isHidden(url)).toList());
        }

        private boolean isHidden(URL url) {
            String text = url.toString();
            int end = text.indexOf("!/");
            String jar = end < 0 ? text : text.substring(0, end);
            return hidden.contains(jar.substring(jar.lastIndexOf('/') + 1));
        }
    }
}
