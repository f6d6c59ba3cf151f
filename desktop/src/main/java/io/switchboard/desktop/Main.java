package io.switchboard.desktop;

import java.util.Arrays;

/**
 * The {@code switchboard} command. With a sub-command it runs a headless task and never loads JavaFX;
 * without one it opens the desktop console.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            DesktopLauncher.launch(args);
            return;
        }
        switch (args[0]) {
            case "vanity" -> io.switchboard.lambdas.cli.SwitchboardLambdasCli.main(args);
            case "sandbox", "simulate", "flows", "test" -> io.switchboard.stack.cli.StackCli.main(args);
            case "recover-calls" -> System.exit(new io.switchboard.desktop.cli.RecoverCallsCommand()
                    .run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
            case "--help", "-h", "help" -> System.out.println(USAGE);
            default -> {
                if (args[0].startsWith("-")) {
                    DesktopLauncher.launch(args);
                } else {
                    System.err.println("Unknown command '" + args[0] + "' (arguments: " + Arrays.toString(args) + ")\n" + USAGE);
                    System.exit(2);
                }
            }
        }
    }

    static final String USAGE = """
            Usage:
              switchboard                         open the desktop console (sandbox by default)
              switchboard vanity [--json] NUMBER...  best vanity numbers for phone numbers
              switchboard sandbox serve [--data DIR] run the local cloud (DynamoDB, Lambda, Step Functions)
              switchboard simulate FLOW|FILE --caller NUMBER [--dtmf ..] [--lambda ..] [--json]  play a contact flow offline
              switchboard flows validate FILE|DIR... [--json]  check Amazon Connect flows against AWS's Flow Language
                                                  reference (exit 1 when any file has an ERROR)
              switchboard test CASE.json... --flow FLOW [--caller NUMBER] [--junit FILE] [--lambda NAME=FUNCTION|@MOCK.json]...
                                                  run Amazon Connect testing-language documents against a flow, offline
              switchboard recover-calls --profile NAME --region R [--stack switchboard] [--days 30]
                                                  write back calls the call log missed, from the vanity function's log
            """;
}
