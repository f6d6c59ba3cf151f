package io.switchboard.lambdas.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@link SwitchboardLambdasCli}. */
interface Command {
    /** One usage line, e.g. {@code vanity [--json] NUMBER...  explanation}. */
    String usage();

    /** Runs with the arguments after the command name; returns the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
