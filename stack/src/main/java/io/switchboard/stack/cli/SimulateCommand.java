package io.switchboard.stack.cli;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.FlowLoadException;
import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.CallerScript;
import io.switchboard.flows.simulator.FlowLibrary;
import io.switchboard.flows.simulator.FlowSimulator;
import io.switchboard.flows.simulator.HoursOfOperation;
import io.switchboard.flows.simulator.LambdaInvocationException;
import io.switchboard.flows.simulator.LambdaInvoker;
import io.switchboard.flows.simulator.LambdaRoutes;
import io.switchboard.flows.simulator.SimulatedContact;
import io.switchboard.flows.simulator.SimulationClock;
import io.switchboard.flows.simulator.SimulationOptions;
import io.switchboard.flows.simulator.Surroundings;
import io.switchboard.flows.simulator.TranscriptRenderer;
import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.sandbox.Sandbox;
import io.switchboard.stack.sandbox.SandboxOptions;
import io.switchboard.stack.simulate.LambdaClientInvoker;
import io.switchboard.stack.simulate.SandboxFlows;
import io.switchboard.stack.simulate.SandboxLambdaRoutes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * {@code simulate FLOW --caller NUMBER [...]}: plays a shipped flow or any flow file, with a scripted
 * caller and surroundings. The sandbox boots (in memory) only when a Lambda call needs a real function.
 */
final class SimulateCommand {
    private static final long DEMO_DELAY_MS = 4_000;
    private static final long FAST_FACTOR = 10;

    private final PrintStream out;
    private final PrintStream err;

    SimulateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) throws IOException {
        SimulateArguments arguments = SimulateArguments.parse(args);
        String shippedName = arguments.flow().replaceFirst("\\.json$", "");
        boolean shipped = !Files.isRegularFile(Path.of(arguments.flow())) && SandboxFlows.isShipped(shippedName);
        FlowDocument fileFlow = shipped ? null : readFlowFile(arguments.flow());
        Surroundings surroundings = surroundings(arguments);
        if (!arguments.needsSandbox(shipped)) {
            return play(arguments, fileFlow, surroundings, unrouted(), null, null);
        }
        // --fast plays the call ten times faster: prompts and the demo lookup's delay both shrink, so the
        // outcome (how many polls, where comfort prompts fall) stays what a real caller would get.
        SandboxOptions sandboxOptions = arguments.fast()
                ? SandboxOptions.inMemory().withParameters(Map.of("SlowLookupDelayMs", Long.toString(DEMO_DELAY_MS / FAST_FACTOR)))
                : SandboxOptions.inMemory();
        try (Sandbox sandbox = Sandbox.start(sandboxOptions, DeployListener.NONE);
             LambdaClient lambda = LambdaClientInvoker.sandboxClient(sandbox)) {
            FlowDocument flow = shipped ? SandboxFlows.load(shippedName, sandbox.outputs())
                    : SandboxFlows.withOutputs(fileFlow, sandbox.outputs());
            LambdaInvoker sandboxLambda = new LambdaClientInvoker(lambda);
            return play(arguments, flow, surroundings, shipped ? sandboxLambda : unrouted(), sandboxLambda, sandbox.stackName());
        }
    }

    /** @param sandboxLambda the sandbox's functions; null when the sandbox was not needed */
    private int play(SimulateArguments arguments, FlowDocument flow, Surroundings surroundings, LambdaInvoker fallback,
                     LambdaInvoker sandboxLambda, String stackName) {
        SimulationClock clock = SimulationClock.system();
        LambdaRoutes routes;
        try {
            routes = SandboxLambdaRoutes.of(arguments.lambdas(), fallback, sandboxLambda, clock, stackName);
        } catch (IllegalArgumentException badMock) {
            throw new StackCli.UsageException(badMock.getMessage());
        }
        double timeScale = sandboxLambda == null ? 0 : arguments.fast() ? 1.0 / FAST_FACTOR : 1;
        SimulationOptions options = SimulationOptions.defaults().withClock(clock).withTimeScale(timeScale)
                .withCaller(CallerScript.of(arguments.callerInputs())).withSurroundings(surroundings);
        if (!arguments.json()) {
            out.println("Playing " + arguments.flow() + " for caller " + arguments.caller()
                    + (sandboxLambda == null ? " (Lambdas mocked or not routed: no sandbox)" : " in the sandbox")
                    + (arguments.fast() && sandboxLambda != null ? " (10x faster than real time)" : "") + "\n");
        }
        CallTranscript call = new FlowSimulator(routes, options)
                .simulate(flow, SimulatedContact.inbound(arguments.caller()).withAttributes(arguments.attributes()));
        out.print(arguments.json() ? SimulationSummary.json(arguments.flow(), arguments.caller(), call) + "\n"
                : TranscriptRenderer.render(call));
        out.flush();
        return SimulationSummary.exitStatus(call);
    }

    private static LambdaInvoker unrouted() {
        return (arn, event) -> {
            throw new LambdaInvocationException("not routed in this simulation: add --lambda "
                    + functionName(arn) + "=FUNCTION (a sandbox function) or =@FILE.json (a mocked answer)");
        };
    }

    /** {@code arn:aws:lambda:r:a:function:vanity:live} → {@code vanity}. */
    private static String functionName(String arn) {
        int at = arn.indexOf(":function:");
        String rest = at < 0 ? arn : arn.substring(at + ":function:".length());
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }

    private static Surroundings surroundings(SimulateArguments arguments) {
        Surroundings surroundings = Surroundings.defaults();
        if (arguments.hours() != null) {
            surroundings = surroundings.withHours(hours(arguments.hours()));
        }
        if (arguments.flowsDir() != null) {
            if (!Files.isDirectory(arguments.flowsDir())) {
                throw new StackCli.UsageException("--flows " + arguments.flowsDir() + " is not a folder");
            }
            surroundings = surroundings.withFlows(FlowLibrary.of(arguments.flowsDir()));
        }
        return surroundings;
    }

    private static HoursOfOperation hours(String value) {
        if (value.equalsIgnoreCase("open")) {
            return HoursOfOperation.alwaysOpen();
        }
        if (value.equalsIgnoreCase("closed")) {
            return HoursOfOperation.alwaysClosed();
        }
        try {
            return HoursOfOperation.fromJson(Files.readString(Path.of(value), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StackCli.UsageException("--hours takes open, closed or a file; cannot read " + value + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new StackCli.UsageException("--hours " + value + ": " + e.getMessage());
        }
    }

    private static FlowDocument readFlowFile(String name) {
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new StackCli.UsageException("no flow '" + name + "': give a shipped flow's name ("
                    + String.join(", ", SandboxFlows.shipped()) + ") or a flow file");
        }
        try {
            return io.switchboard.flows.FlowFiles.read(file);
        } catch (FlowLoadException bad) {
            throw new StackCli.UsageException(bad.getMessage());
        }
    }
}
