package io.switchboard.lambdas.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code java -jar switchboard-lambdas.jar COMMAND ARGS...}: dispatches on the first argument.
 * Add a sub-command by registering a {@link Command} in {@link #commands()}.
 */
public final class SwitchboardLambdasCli {
    /** Exit code for a usage error (no command, unknown command, {@code --help}). */
    static final int USAGE = 2;

    private final Map<String, Command> commands;

    SwitchboardLambdasCli(Map<String, Command> commands) {
        this.commands = new TreeMap<>(commands);
    }

    public static void main(String[] args) {
        System.exit(new SwitchboardLambdasCli(commands()).run(Arrays.asList(args), System.out, System.err));
    }

    static Map<String, Command> commands() {
        return Map.of("vanity", new VanityCommand());
    }

    /** Runs one command line and returns its exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            printUsage(err);
            return USAGE;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("unknown command: " + args.get(0));
            printUsage(err);
            return USAGE;
        }
        return command.run(args.subList(1, args.size()), out, err);
    }

    private void printUsage(PrintStream err) {
        err.println("usage: java -jar switchboard-lambdas.jar COMMAND [ARGS...]");
        err.println();
        err.println("commands:");
        commands.forEach((name, command) -> err.println("  " + command.usage()));
    }
}
