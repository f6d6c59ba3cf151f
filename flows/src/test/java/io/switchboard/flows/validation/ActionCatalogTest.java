package io.switchboard.flows.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowFiles;
import io.switchboard.flows.RealFlows;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalog knows every documented action type, each with its AWS page. */
class ActionCatalogTest {

    private final ActionCatalog catalog = ActionCatalog.standard();

    @Test
    void everyTypeUsedByTheRealFlows_isKnown() {
        List<String> used = RealFlows.files().stream().flatMap(f -> FlowFiles.read(f).actions().stream())
                .map(FlowAction::type).distinct().toList();

        assertThat(used).hasSizeGreaterThan(25);
        assertThat(catalog.types()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ShowView", "UpdateContactMediaStreamingBehavior", "GetCustomerProfile", "CreateCustomerProfile",
            "UpdateContactData", "TransferParticipantToThirdParty", "StartVoiceIdStream", "CheckVoiceId", "GetCase",
            "CreateCase", "DequeueContactAndTransferToQueue", "CompleteOutboundCall", "DistributeByPercentage",
            "ResumeContact", "CheckOutboundCallStatus", "GetMetricData", "TagContact", "UpdateCustomerProfile"})
    void typesDocumentedButNotInTheRealFlows_areKnown(String type) {
        assertThat(catalog.knows(type)).isTrue();
    }

    @Test
    void everyAction_namesItsPageOnAwsDocs() {
        assertThat(catalog.specs()).allSatisfy(spec ->
                assertThat(spec.page()).startsWith("https://docs.aws.amazon.com/connect/latest/APIReference/").endsWith(".html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MessageParticipnat", "messageparticipant", "MessageParticipants", "TransferContactToQeue"})
    void aNearMiss_suggestsTheDocumentedType(String typo) {
        String expected = typo.startsWith("Transfer") ? "TransferContactToQueue" : "MessageParticipant";

        assertThat(catalog.closestTo(typo)).contains(expected);
    }

    @Test
    void somethingElseEntirely_suggestsNothing() {
        assertThat(catalog.closestTo("PlayJingle")).isEmpty();
    }
}
