package io.switchboard.installer;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.stack.sandbox.dynamodb.DownloadManifest;
import io.switchboard.stack.sandbox.dynamodb.MavenArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The jars left out of the package - and downloaded after the licence is accepted - are the ones built
 * into this module's jar as the download manifest: DynamoDB Local and what only it needs, nothing ours.
 */
class ExclusionListTest {
    private static final DownloadManifest MANIFEST = DownloadManifest.bundled(ExclusionListTest.class.getClassLoader()).orElseThrow();
    private static final Path ROOT = Path.of(System.getProperty("switchboard.projectRoot", ".."));

    @Test
    void excludes_dynamoDbLocal_sqlite4java_andItsNativesForEveryPlatform() {
        assertThat(MANIFEST.artifacts()).extracting(MavenArtifact::fileName).contains(
                "DynamoDBLocal-2.6.1.jar", "sqlite4java-1.0.392.jar",
                "libsqlite4java-linux-amd64-1.0.392.so", "libsqlite4java-linux-i386-1.0.392.so",
                "sqlite4java-win32-x64-1.0.392.dll", "sqlite4java-win32-x86-1.0.392.dll", "libsqlite4java-osx-1.0.392.dylib");
        assertThat(MANIFEST.dynamoDbLocal().version()).isEqualTo("2.6.1");
    }

    @Test
    void excludes_noneOfTheDependenciesOurModulesDeclare() throws Exception {
        Set<String> ours = new HashSet<>();
        for (String module : List.of("desktop", "stack", "flows", "lambdas")) {
            ours.addAll(declaredDependencies(ROOT.resolve(module).resolve("pom.xml")));
        }
        ours.remove("com.amazonaws:DynamoDBLocal");

        assertThat(ours).contains("org.openjfx:javafx-controls", "software.amazon.awssdk:dynamodb", "com.fasterxml.jackson.core:jackson-databind");
        assertThat(MANIFEST.artifacts()).extracting(a -> a.groupId() + ":" + a.artifactId()).doesNotContainAnyElementsOf(ours);
    }

    @Test
    void excludes_exactlyWhatMavenLeftOnlyToDynamoDbLocal_andNothingThePackageShips() throws IOException {
        List<ListedDependency> resolved = Files.readAllLines(Path.of(System.getProperty("switchboard.resolvedDependencies")))
                .stream().map(ListedDependency::parse).flatMap(Optional::stream).toList();
        Set<String> shipped = resolved.stream().filter(ListedDependency::shipped).map(ListedDependency::coordinates).collect(Collectors.toSet());
        Set<String> excluded = resolved.stream().filter(ListedDependency::onlyDynamoDbLocalNeedsIt).map(ListedDependency::coordinates)
                .collect(Collectors.toSet());
        Set<String> inManifest = MANIFEST.artifacts().stream().map(a -> a.groupId() + ":" + a.artifactId()).collect(Collectors.toSet());

        assertThat(inManifest).isEqualTo(excluded).doesNotContainAnyElementsOf(shipped);
        assertThat(shipped).contains("io.switchboard:switchboard-desktop", "io.switchboard:switchboard-stack",
                "software.amazon.awssdk:dynamodb"); // DynamoDB Local uses it too, but so does the desktop: it ships
    }

    @Test
    void listedDependency_readsPlainAndClassifiedLines() {
        ListedDependency plain = ListedDependency.parse(
                "   com.amazonaws:DynamoDBLocal:jar:2.6.1:provided:/r/com/amazonaws/DynamoDBLocal/2.6.1/DynamoDBLocal-2.6.1.jar -- module DynamoDBLocal (auto)")
                .orElseThrow();
        ListedDependency classified = ListedDependency.parse("   org.openjfx:javafx-base:jar:linux:21.0.12:compile:/r/javafx-base-21.0.12-linux.jar")
                .orElseThrow();

        assertThat(plain).isEqualTo(new ListedDependency("com.amazonaws", "DynamoDBLocal", "jar", "", "2.6.1", "provided",
                Path.of("/r/com/amazonaws/DynamoDBLocal/2.6.1/DynamoDBLocal-2.6.1.jar")));
        assertThat(classified.classifier()).isEqualTo("linux");
        assertThat(classified.shipped()).isTrue();
        assertThat(ListedDependency.parse("The following files have been resolved:")).isEmpty();
    }

    /** groupId:artifactId of a pom's non-test dependencies. */
    private static Set<String> declaredDependencies(Path pom) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        Set<String> found = new HashSet<>();
        NodeList dependencies = project.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (!(dependency.getParentNode() instanceof Element parent) || !parent.getTagName().equals("dependencies")
                    || !(parent.getParentNode() instanceof Element owner) || !owner.getTagName().equals("project")) {
                continue; // exclusions, plugin dependencies
            }
            if (!"test".equals(text(dependency, "scope"))) {
                found.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
            }
        }
        return found;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
