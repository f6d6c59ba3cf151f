package io.switchboard.flows.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flows.RealFlows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the flow a TransferToFlow or InvokeFlowModule names, in a folder of real flows. */
class FlowLibraryTest {

    private final FlowLibrary real = FlowLibrary.of(RealFlows.sharedFolder().resolve("connect-flows"));

    @Test
    void findsARealFlowByFileName_withOrWithoutJson_andByItsMetadataName() {
        assertThat(real.find("connect-default__default_agent_whisper")).isPresent();
        assertThat(real.find("connect-default__default_agent_whisper.json")).isPresent();
        assertThat(real.find("Sample queue customer")).get().extracting(e -> e.file().getFileName().toString())
                .isEqualTo("connect-sample__sample_queue_customer.json");
    }

    @Test
    void findsTheFlowAnUnfilledPlaceholderNames() {
        assertThat(real.find("${aws_connect_contact_flow.sample_note_for_screenpop.contact_flow_id}")).isPresent();
        assertThat(real.find("arn:aws:connect:${REGION}:${ACCT_ID}:instance/${INSTANCE_ID}/contact-flow/${F:acme_agent_whisper_AUTO:F}"))
                .get().extracting(e -> e.file().getFileName().toString()).isEqualTo("acme-terraform__acme_agent_whisper_AUTO.json");
    }

    @Test
    void unknownNames_areNotFound() {
        assertThat(real.find("${aws_connect_contact_flow.sample_ab_test.contact_flow_id}")).isEmpty();
        assertThat(real.find("arn:aws:connect:us-east-1:111122223333:instance/i/contact-flow/nope")).isEmpty();
        assertThat(FlowLibrary.none().find("anything")).isEmpty();
    }

    @Test
    void describeContactFlowRecords_areFoundByArnAndId_andOtherFilesAreListedAsProblems(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("record.json"), """
                {"ContactFlow": {"Arn": "arn:aws:connect:us-east-1:111122223333:instance/i/contact-flow/abc-123", "Id": "abc-123",
                 "Name": "Billing", "Content": "{\\"Version\\":\\"2019-10-30\\",\\"StartAction\\":\\"bye\\",\\"Actions\\":[{\\"Identifier\\":\\"bye\\",\\"Type\\":\\"DisconnectParticipant\\",\\"Parameters\\":{},\\"Transitions\\":{}}]}"}}""");
        Files.writeString(folder.resolve("notes.json"), "[\"not a flow\"]");

        FlowLibrary library = FlowLibrary.of(folder);

        assertThat(library.find("arn:aws:connect:us-east-1:111122223333:instance/i/contact-flow/abc-123")).get()
                .satisfies(e -> assertThat(e.document().startAction()).isEqualTo("bye"));
        assertThat(library.find("abc-123")).isPresent();
        assertThat(library.find("Billing")).isPresent();
        assertThat(library.problems()).singleElement().asString().startsWith("notes.json:");
    }
}
