package io.switchboard.flows.testing;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.FlowSimulator;
import io.switchboard.flows.simulator.LambdaInvoker;
import io.switchboard.flows.simulator.SimulatedContact;
import java.util.List;
import java.util.Map;

/**
 * Runs testing-language documents offline: sets up the document's overrides, plays the flow once for
 * the contact, and judges every observation.
 *
 * <pre>{@code
 * TestRunner runner = new TestRunner(invoker, SimulationOptions.defaults().withTimeScale(0));
 * TestResult result = runner.run("vanity.json", Files.readString(doc), placeholders, flow, SimulatedContact.inbound(caller));
 * System.out.print(TestReport.text(List.of(result)));
 * }</pre>
 *
 * As with {@code CreateTestCase}, the flow and the caller are not part of the document: they are the
 * test's entry point, given here.
 */
public final class TestRunner {

    private final LambdaInvoker lambdas;
    private final io.switchboard.flows.simulator.SimulationOptions options;

    /**
     * @param lambdas where Lambda calls go when the document does not override them (the sandbox,
     *                a {@code LambdaRoutes} of the command line's {@code --lambda} routes, a fake)
     */
    public TestRunner(LambdaInvoker lambdas, io.switchboard.flows.simulator.SimulationOptions options) {
        this.lambdas = lambdas;
        this.options = options;
    }

    /** Parses and runs one document; a document that cannot be read becomes a failed result listing its problems. */
    public TestResult run(String name, String documentText, Map<String, String> placeholders, FlowDocument flow,
                          SimulatedContact contact) {
        TestDocument document;
        try {
            document = TestDocumentParser.parse(documentText, placeholders);
        } catch (InvalidTestDocumentException invalid) {
            return TestResult.invalid(name, invalid.problems());
        }
        return run(name, document, flow, contact);
    }

    public TestResult run(String name, TestDocument document, FlowDocument flow, SimulatedContact contact) {
        TestSetup setup = TestSetup.of(document, lambdas, options);
        CallTranscript call = new FlowSimulator(setup.routes(), setup.options()).simulate(flow, contact);
        setup.noteUnusedOverrides(document);
        List<ObservationResult> observations = new ObservationEvaluator(document, new CallMoments(call, flow), contact, setup).evaluate();
        return new TestResult(name, List.of(), observations, call);
    }
}
