package io.switchboard.stack.cli;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.FlowFiles;
import io.switchboard.flows.FlowLoadException;
import io.switchboard.flows.simulator.FlowLibrary;
import io.switchboard.flows.simulator.LambdaInvoker;
import io.switchboard.flows.simulator.LambdaRouteArgument;
import io.switchboard.flows.simulator.LambdaRoutes;
import io.switchboard.flows.simulator.SimulatedContact;
import io.switchboard.flows.simulator.SimulationOptions;
import io.switchboard.flows.simulator.Surroundings;
import io.switchboard.flows.testing.JUnitReport;
import io.switchboard.flows.testing.TestReport;
import io.switchboard.flows.testing.TestResult;
import io.switchboard.flows.testing.TestRunner;
import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.sandbox.Sandbox;
import io.switchboard.stack.sandbox.SandboxOptions;
import io.switchboard.stack.simulate.LambdaClientInvoker;
import io.switchboard.stack.simulate.SandboxFlows;
import io.switchboard.stack.simulate.SandboxLambdaRoutes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * {@code test CASE.json... --flow FLOW [--caller NUMBER] [--flows DIR] [--junit FILE] [--lambda ...]}:
 * runs Amazon Connect testing-language documents offline against a flow whose Lambdas run in an
 * in-memory sandbox. Exit 0 only when every test passed, 1 otherwise, 2 for a command line that
 * cannot be run.
 */
final class TestCommand {
    /** The caller when --caller is not given: a fictional (555) number. */
    static final String DEFAULT_CALLER = "+12065550100";
    /** As {@code simulate --fast}: prompts and the demo lookup ten times faster, so outcomes stay true. */
    private static final double TIME_SCALE = 0.1;
    private static final String FAST_LOOKUP_DELAY_MS = "400";

    private final PrintStream out;
    private final PrintStream err;

    TestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) throws IOException {
        Arguments arguments = Arguments.parse(args);
        SandboxOptions sandboxOptions = SandboxOptions.inMemory().withParameters(Map.of("SlowLookupDelayMs", FAST_LOOKUP_DELAY_MS));
        try (Sandbox sandbox = Sandbox.start(sandboxOptions, DeployListener.NONE);
             LambdaClient lambda = LambdaClientInvoker.sandboxClient(sandbox)) {
            Map<String, String> placeholders = SandboxFlows.placeholders(sandbox.outputs());
            FlowDocument flow = arguments.flow(sandbox.outputs());
            SimulationOptions options = SimulationOptions.defaults().withTimeScale(TIME_SCALE);
            if (arguments.flowsDir != null) {
                options = options.withSurroundings(Surroundings.defaults().withFlows(FlowLibrary.of(arguments.flowsDir)));
            }
            LambdaRoutes lambdas = arguments.routes(new LambdaClientInvoker(lambda), options, sandbox.stackName());
            TestRunner runner = new TestRunner(lambdas, options);
            out.println("Testing " + arguments.flowLabel() + " for caller " + arguments.caller
                    + " (Lambdas in an in-memory sandbox; prompts 10x faster than real time)\n");
            List<TestResult> results = new ArrayList<>();
            for (Path testCase : arguments.cases) {
                results.add(runner.run(testCase.toString(), Files.readString(testCase), placeholders, flow,
                        SimulatedContact.inbound(arguments.caller)));
            }
            out.print(TestReport.text(results));
            out.flush();
            for (String unmatched : lambdas.unmatchedRoutes()) {
                err.println("switchboard: --lambda " + unmatched + " matched no Lambda call of the flow (functions called: "
                        + String.join(", ", calledFunctions(results)) + ")");
            }
            if (arguments.junit != null) {
                Files.writeString(arguments.junit, JUnitReport.xml(results));
                out.println("JUnit report: " + arguments.junit);
            }
            return results.stream().allMatch(TestResult::passed) ? 0 : 1;
        }
    }

    private static List<String> calledFunctions(List<TestResult> results) {
        return results.stream().filter(r -> r.call() != null).flatMap(r -> r.call().lambdaCalls().stream())
                .map(io.switchboard.flows.simulator.LambdaCall::functionArn).distinct().toList();
    }

    /** The command line, checked before anything boots. */
    private static final class Arguments {
        final List<Path> cases = new ArrayList<>();
        final List<LambdaRouteArgument> lambdaArguments = new ArrayList<>();
        String flowArgument;
        String caller = DEFAULT_CALLER;
        Path flowsDir;
        Path junit;

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--flow" -> a.flowArgument = value(args, ++i, "--flow needs a shipped flow's name (" + String.join(", ", SandboxFlows.shipped()) + ") or a file");
                    case "--caller" -> a.caller = value(args, ++i, "--caller needs a phone number, e.g. --caller +18003569377");
                    case "--flows" -> a.flowsDir = Path.of(value(args, ++i, "--flows needs a folder of flow files"));
                    case "--junit" -> a.junit = Path.of(value(args, ++i, "--junit needs the file to write the JUnit XML report to"));
                    case "--lambda" -> {
                        try {
                            a.lambdaArguments.add(LambdaRouteArgument.parse(value(args, ++i, "--lambda needs ARN_OR_NAME=FUNCTION or ARN_OR_NAME=@FILE.json")));
                        } catch (IllegalArgumentException bad) {
                            throw new StackCli.UsageException(bad.getMessage());
                        }
                    }
                    default -> {
                        if (args[i].startsWith("-")) {
                            throw new StackCli.UsageException("test does not know '" + args[i] + "'");
                        }
                        a.cases.add(Path.of(args[i]));
                    }
                }
            }
            a.check();
            return a;
        }

        private void check() {
            if (cases.isEmpty()) {
                throw new StackCli.UsageException("test needs at least one test document (CASE.json)");
            }
            for (Path testCase : cases) {
                if (!Files.isRegularFile(testCase)) {
                    throw new StackCli.UsageException("no test document " + testCase);
                }
            }
            if (flowArgument == null) {
                throw new StackCli.UsageException("test needs --flow FLOW: the flow the documents test (" + String.join(", ", SandboxFlows.shipped()) + " or a file)");
            }
            if (!isShipped() && !Files.isRegularFile(Path.of(flowArgument))) {
                throw new StackCli.UsageException("no flow '" + flowArgument + "': give a shipped flow's name ("
                        + String.join(", ", SandboxFlows.shipped()) + ") or a flow file");
            }
            if (flowsDir != null && !Files.isDirectory(flowsDir)) {
                throw new StackCli.UsageException("--flows " + flowsDir + " is not a folder");
            }
            for (LambdaRouteArgument route : lambdaArguments) {
                if (route.isMock() && !Files.isRegularFile(Path.of(route.mockFile()))) {
                    throw new StackCli.UsageException("--lambda " + route.key() + ": no mock file " + route.mockFile());
                }
            }
            // Mock files are read once before the sandbox boots, so a malformed one costs no wait.
            routes((arn, event) -> "{}", SimulationOptions.defaults(), null);
        }

        boolean isShipped() {
            return !flowArgument.contains("/") && !flowArgument.contains("\\") && !flowArgument.endsWith(".json")
                    && SandboxFlows.isShipped(flowArgument);
        }

        String flowLabel() {
            return isShipped() ? "flows/" + flowArgument + ".json" : flowArgument;
        }

        /** A shipped flow, or a flow file read as {@code simulate} reads it (DescribeContactFlow records too). */
        FlowDocument flow(Map<String, String> outputs) {
            try {
                return isShipped() ? SandboxFlows.load(flowArgument, outputs)
                        : SandboxFlows.withOutputs(FlowFiles.read(Path.of(flowArgument)), outputs);
            } catch (FlowLoadException unreadable) {
                throw new StackCli.UsageException(unreadable.getMessage());
            }
        }

        LambdaRoutes routes(LambdaInvoker sandbox, SimulationOptions options, String stackName) {
            try {
                return SandboxLambdaRoutes.of(lambdaArguments, sandbox, options.clock(), stackName);
            } catch (IllegalArgumentException bad) {
                throw new StackCli.UsageException(bad.getMessage());
            }
        }

        private static String value(String[] args, int index, String problem) {
            if (index >= args.length) {
                throw new StackCli.UsageException(problem);
            }
            return args[index];
        }
    }
}
