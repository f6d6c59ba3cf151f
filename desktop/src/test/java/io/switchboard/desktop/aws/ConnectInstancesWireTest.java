package io.switchboard.desktop.aws;

import static io.switchboard.desktop.testing.AwsWire.connectError;
import static io.switchboard.desktop.testing.AwsWire.instance;
import static io.switchboard.desktop.testing.AwsWire.instances;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.desktop.aws.ConnectInstances.ConnectInstance;
import io.switchboard.desktop.testing.AwsWire;
import io.switchboard.stack.testing.LoopbackAwsStub;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;

/** Connect ListInstances at the wire: the real ConnectClient against a loopback stub speaking REST-JSON. */
class ConnectInstancesWireTest {
    private static final String ID_1 = "11111111-2222-3333-4444-555555555555";
    private static final String ID_2 = "66666666-7777-8888-9999-000000000000";
    private static final String ID_3 = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    @TempDir
    Path home;

    private LoopbackAwsStub stub;
    private ClientCache clients;

    @BeforeEach
    void start() throws Exception {
        stub = new LoopbackAwsStub(LoopbackAwsStub.BY_METHOD_AND_PATH_ONLY);
        clients = new ClientCache(AwsWire.target(stub, home));
    }

    @AfterEach
    void stop() {
        clients.close();
        stub.close();
    }

    @Test
    void list_whenTheAccountHasNone_returnsAnEmptyList() {
        stub.on("GET /instance", instances(null));

        assertThat(new ConnectInstances(clients).list()).isEmpty();
    }

    @Test
    void list_followsNextTokenAcrossPages_andKeepsIdArnAliasStatus() {
        stub.on("GET /instance", instances("page-2", instance(ID_1, "acme-support", "ACTIVE"), instance(ID_2, "acme-sales", "ACTIVE")),
                instances(null, instance(ID_3, "acme-new", "CREATION_IN_PROGRESS")));

        List<ConnectInstance> found = new ConnectInstances(clients).list();

        assertThat(found).containsExactly(
                new ConnectInstance(ID_1, AwsWire.instanceArn(ID_1), "acme-support", "ACTIVE"),
                new ConnectInstance(ID_2, AwsWire.instanceArn(ID_2), "acme-sales", "ACTIVE"),
                new ConnectInstance(ID_3, AwsWire.instanceArn(ID_3), "acme-new", "CREATION_IN_PROGRESS"));
        assertThat(stub.received()).hasSize(2);
        assertThat(stub.received().get(0).query()).contains("maxResults=10").doesNotContain("nextToken");
        assertThat(stub.received().get(1).query()).contains("nextToken=page-2");
    }

    @Test
    void list_whenAccessDenied_saysWhichPermissionIsMissingWithTheRequestId() {
        stub.on("GET /instance", connectError(403, "AccessDeniedException",
                "User: arn:aws:iam::123456789012:user/sam is not authorized to perform: connect:ListInstances"));

        assertThatThrownBy(() -> new ConnectInstances(clients).list())
                .satisfies(failure -> {
                    Problem problem = AwsProblems.describe(failure, clients.target());
                    assertThat(problem.message()).contains("may not list Amazon Connect instances in eu-west-1")
                            .contains("connect:ListInstances").contains("deploy without Connect");
                    assertThat(problem.requestId()).isEqualTo("stub-request");
                });
    }

    @Test
    void list_inARegionWithoutConnect_saysToPickAnotherRegionWithoutCallingAws() {
        String region = Region.regions().stream()
                .filter(r -> r.id().matches("[a-z]{2}-[a-z]+-[0-9]"))
                .filter(r -> !ConnectClient.serviceMetadata().regions().contains(r))
                .findFirst().orElseThrow().id();
        ConnectionTarget elsewhere = new ConnectionTarget("dev", region, Map.of(), clients.target().profileFiles());
        try (ClientCache there = new ClientCache(elsewhere)) {
            assertThatThrownBy(() -> new ConnectInstances(there).list())
                    .satisfies(failure -> assertThat(AwsProblems.describe(failure, elsewhere).message())
                            .startsWith("Amazon Connect does not run in region " + region)
                            .contains("deploy without Connect"));
        }
        assertThat(ConnectInstances.connectRunsIn("eu-west-2")).isTrue();
        assertThat(stub.received()).isEmpty();
    }
}
