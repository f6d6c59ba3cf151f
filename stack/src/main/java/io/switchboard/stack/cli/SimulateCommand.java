package io.switchboard.stack.cli;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.FlowLoadException;
import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.EndingKind;
import io.switchboard.flows.simulator.FlowSimulator;
import io.switchboard.flows.simulator.SimulatedContact;
import io.switchboard.flows.simulator.SimulationOptions;
import io.switchboard.flows.simulator.TranscriptRenderer;
import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.sandbox.Sandbox;
import io.switchboard.stack.sandbox.SandboxOptions;
import io.switchboard.stack.simulate.LambdaClientInvoker;
import io.switchboard.stack.simulate.SandboxFlows;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** {@code simulate FLOW --caller NUMBER [--param k=v]... [--fast]}: plays a flow against an in-memory sandbox. */
final class SimulateCommand {
    private static final java.util.Set<EndingKind> NORMAL_ENDINGS = java.util.EnumSet.of(EndingKind.DISCONNECTED,
            EndingKind.TRANSFERRED_TO_QUEUE, EndingKind.TRANSFERRED_TO_AGENT, EndingKind.TRANSFERRED_TO_NUMBER,
            EndingKind.TRANSFERRED_TO_FLOW, EndingKind.ENDED);
    private static final long DEMO_DELAY_MS = 4_000;
    private static final long FAST_FACTOR = 10;

    private final PrintStream out;
    private final PrintStream err;

    SimulateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) throws java.io.IOException {
        if (args.length == 0 || args[0].startsWith("-")) {
            throw new StackCli.UsageException("simulate needs a flow name first (vanity or async-demo)");
        }
        String flowName = args[0].replaceFirst("\\.json$", "");
        String caller = null;
        boolean fast = false;
        boolean licenceAccepted = false;
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--caller" -> caller = value(args, ++i, "--caller needs a phone number, e.g. --caller +18003569377");
                case "--param" -> {
                    String pair = value(args, ++i, "--param needs KEY=VALUE");
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new StackCli.UsageException("--param needs KEY=VALUE, got '" + pair + "'");
                    }
                    attributes.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                case "--fast" -> fast = true;
                case DynamoDbLocalConsent.FLAG -> licenceAccepted = true;
                default -> throw new StackCli.UsageException("simulate does not know '" + args[i] + "'");
            }
        }
        if (caller == null) {
            throw new StackCli.UsageException("simulate needs --caller NUMBER (the number the caller dials from)");
        }
        if (SimulateCommand.class.getResource("/flows/" + flowName + ".json") == null) {
            throw new StackCli.UsageException("no flow '" + flowName + "': the flows are the files in flows/ (vanity, async-demo)");
        }
        if (!new DynamoDbLocalConsent(io.switchboard.stack.sandbox.dynamodb.DynamoDbLocalSetup.standard(), err).ensure(licenceAccepted)) {
            return 1;
        }
        // --fast plays the call ten times faster: prompts and the demo lookup's delay both shrink, so the
        // outcome (how many polls, where comfort prompts fall) stays what a real caller would get.
        SandboxOptions sandboxOptions = fast
                ? SandboxOptions.inMemory().withParameters(Map.of("SlowLookupDelayMs", Long.toString(DEMO_DELAY_MS / FAST_FACTOR)))
                : SandboxOptions.inMemory();
        try (Sandbox sandbox = Sandbox.start(sandboxOptions, DeployListener.NONE);
             LambdaClient lambda = LambdaClient.builder().endpointOverride(sandbox.lambdaEndpoint())
                     .region(Region.of(sandbox.region()))
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox")))
                     .httpClient(UrlConnectionHttpClient.create()).build()) {
            FlowDocument flow = SandboxFlows.load(flowName, sandbox.outputs());
            SimulationOptions options = SimulationOptions.defaults().withTimeScale(fast ? 1.0 / FAST_FACTOR : 1);
            out.println("Playing flows/" + flowName + ".json for caller " + caller + " in the sandbox"
                    + (fast ? " (10x faster than real time)" : "") + "\n");
            CallTranscript call = new FlowSimulator(new LambdaClientInvoker(lambda), options)
                    .simulate(flow, SimulatedContact.inbound(caller).withAttributes(attributes));
            out.print(TranscriptRenderer.render(call));
            out.flush();
            boolean normalEnding = NORMAL_ENDINGS.contains(call.ending().kind());
            return normalEnding && !call.ending().throughErrorBranch() ? 0 : 1;
        } catch (FlowLoadException unknownFlow) {
            throw new StackCli.UsageException("no flow '" + flowName + "': " + unknownFlow.getMessage());
        }
    }

    private static String value(String[] args, int index, String problem) {
        if (index >= args.length) {
            throw new StackCli.UsageException(problem);
        }
        return args[index];
    }
}
