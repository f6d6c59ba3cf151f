package io.switchboard.desktop.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.aws.ConnectInstances.ConnectInstance;
import io.switchboard.desktop.testing.MotoWire;
import io.switchboard.stack.testing.MotoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.CreateInstanceResponse;
import software.amazon.awssdk.services.connect.model.DirectoryType;

/**
 * Connect ListInstances against moto's Connect (a second opinion beside {@link ConnectInstancesWireTest}'s
 * stub): instances created through the real ConnectClient, listed back through our gateway, every page.
 * Only the empty account runs: with instances, moto's answer is not AWS's (see the disabled test).
 */
class MotoConnectInstancesTest {
    /** A region Amazon Connect runs in (moto, like AWS, has no Connect in eu-west-1). */
    private static final String REGION = "eu-west-2";

    @TempDir
    Path home;

    private MotoServer moto;
    private ConnectClient connect;
    private ClientCache clients;

    @BeforeEach
    void start() {
        moto = MotoServer.shared();
        moto.reset();
        connect = ConnectClient.builder().endpointOverride(moto.endpoint()).region(Region.of(REGION))
                .credentialsProvider(MotoServer.CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();
        clients = new ClientCache(MotoWire.target(moto, REGION, home));
    }

    @AfterEach
    void stop() {
        if (clients != null) {
            clients.close();
            connect.close();
        }
    }

    @Test
    void list_whenTheAccountHasNone_returnsAnEmptyList() {
        assertThat(new ConnectInstances(clients).list()).isEmpty();
    }

    @Test
    @Disabled("known moto 5.2.1 difference: its ListInstances sends CreatedTime as ISO-8601 text with microseconds and an"
            + " offset (\"2026-12-04T18:16:50.091630+00:00\"); AWS sends epoch seconds (1714557600.0), as its REST-JSON"
            + " protocol defines, and the SDK refuses moto's text. Paging is held to ConnectInstancesWireTest's stub.")
    void list_returnsEveryInstanceAcrossPages_withIdArnAliasAndStatus() {
        List<ConnectInstance> created = new ArrayList<>();
        for (int i = 1; i <= 12; i++) { // more than one page of 10
            String alias = "acme-%02d".formatted(i);
            CreateInstanceResponse instance = connect.createInstance(b -> b.identityManagementType(DirectoryType.CONNECT_MANAGED)
                    .instanceAlias(alias).inboundCallsEnabled(true).outboundCallsEnabled(false));
            created.add(new ConnectInstance(instance.id(), instance.arn(), alias, "ACTIVE"));
        }

        List<ConnectInstance> listed = new ConnectInstances(clients).list();

        assertThat(listed).containsExactlyInAnyOrderElementsOf(created);
        assertThat(listed).allSatisfy(instance -> {
            assertThat(instance.isActive()).isTrue();
            assertThat(instance.arn()).startsWith("arn:aws:connect:" + REGION + ":").endsWith("/" + instance.id());
        });
    }
}
