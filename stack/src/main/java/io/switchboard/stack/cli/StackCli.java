package io.switchboard.stack.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code switchboard-stack.jar} commands: {@code sandbox serve}, {@code simulate} and {@code flows validate}. Each command
 * returns an exit status; only {@link #main} exits.
 */
public final class StackCli {
    static final String USAGE = """
            Usage:
              sandbox serve [--data DIR]
                  Run the local cloud (DynamoDB, Lambda, Step Functions) provisioned from the stack
                  template. Prints one name=value line per endpoint, function and state machine, then
                  "ready". Data is kept in DIR (default: the user's Switchboard data folder). Ctrl-C stops it.
              simulate FLOW --caller NUMBER [options] [--json]
                  Play a flow for a caller, offline: FLOW is a shipped flow (vanity, async-demo, async-native) or a
                  flow file (Flow Language, or a DescribeContactFlow record). Options:
                    --param KEY=VALUE     a contact attribute before the flow starts (demo_fail=true, demo_delay_ms=40000)
                    --dtmf 1,1234#        what the caller presses at each block that asks (timeout: nothing)
                    --lex "Intent k=v"    what a Lex bot recognises next (or the caller's words: --lex "my balance")
                    --hours open|closed|FILE   hours of operation (FILE: an HoursOfOperation Config); default open
                    --flows DIR           flows a TransferToFlow / InvokeFlowModule continues into (by name, ARN or id)
                    --lambda NAME=FUNCTION   send the flow's calls of that function (ARN or name) to a sandbox function
                    --lambda NAME=@FILE.json answer them with {"result":{...}} or {"error":"..."}, optional "delayMs"
                    --fast                10x faster than real time (shipped flows, sandbox functions)
                  Lambdas neither shipped nor routed answer with an error (their Errors branch). The sandbox boots
                  (in memory) only when a shipped flow or a --lambda NAME=FUNCTION needs it.
                  Exit status: 0 the call reached its end without an action failing; 1 an action failed on the way
                  (Errors branch); 3 the simulator could not play it to an end (UNSUPPORTED_ACTION, SIMULATION_ERROR);
                  2 a usage error.
              flows validate FILE|DIR... [--json]
                  Check Amazon Connect flows (Flow Language documents, DescribeContactFlow records; every .json
                  in a DIR) against AWS's Flow Language reference. One line per finding:
                  FILE: ERROR|WARNING ACTION-ID: message (AWS page). ERROR: Connect would refuse the flow;
                  WARNING: it deploys, but a caller would notice. --json prints one JSON object instead.
                  Exit status 1 when any file has an ERROR, 0 otherwise, 2 for a usage error.
              test CASE.json... --flow FLOW [--caller NUMBER] [--flows DIR] [--junit FILE]
                   [--lambda ARN_OR_NAME=FUNCTION | ARN_OR_NAME=@FILE.json]...
                  Run Amazon Connect testing-language documents (Version 2025-06-21 or 2019-10-30) offline against
                  FLOW (a shipped flow: vanity, async-demo, async-native; or a flow file), its Lambdas in an
                  in-memory sandbox. Each observation
                  is PASSED, FAILED (expected vs seen) or NOT REPRODUCIBLE OFFLINE. --lambda routes the flow's calls
                  for a function to another sandbox function, or answers them from a mock file
                  ({"result": {...}} or {"error": "..."}, optional "delayMs"). --junit writes a JUnit XML report.
                  Exit status 0 only when every test passed, 1 otherwise, 2 for a command line that cannot be run.
            """;

    private StackCli() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != ServeCommand.KEEP_RUNNING) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            err.print(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "sandbox" -> rest.length > 0 && rest[0].equals("serve")
                        ? new ServeCommand(out, err).run(Arrays.copyOfRange(rest, 1, rest.length))
                        : usage(err, "sandbox needs the sub-command 'serve'");
                case "simulate" -> new SimulateCommand(out, err).run(rest);
                case "flows" -> new FlowsCommand(out).run(rest);
                case "test" -> new TestCommand(out, err).run(rest);
                default -> usage(err, "unknown command '" + args[0] + "'");
            };
        } catch (UsageException bad) {
            return usage(err, bad.getMessage());
        } catch (java.io.IOException unreadable) {
            err.println("switchboard: " + unreadable.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("switchboard: " + problem);
        err.print(USAGE);
        return 2;
    }

    /** A command line that cannot be run as typed; the message says what to change. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
