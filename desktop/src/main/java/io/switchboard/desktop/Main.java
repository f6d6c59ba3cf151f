package io.switchboard.desktop;

import java.util.Arrays;
import java.util.List;

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
        if (args[0].startsWith("-") && !List.of("--help", "-h").contains(args[0])) {
            launchDesktop(args);
            return;
        }
        switch (args[0]) {
            case "vanity" -> io.switchboard.lambdas.cli.SwitchboardLambdasCli.main(args);
            case "sandbox", "simulate", "flows", "test" -> io.switchboard.stack.cli.StackCli.main(args);
            case "recover-calls" -> System.exit(new io.switchboard.desktop.cli.RecoverCallsCommand()
                    .run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
            case "--help", "-h", "help" -> System.out.println(USAGE);
            default -> {
                System.err.println("Unknown command '" + args[0] + "' (arguments: " + Arrays.toString(args) + ")\n" + USAGE);
                System.exit(2);
            }
        }
    }

    /** The console with its own options: {@code --data DIR} sets the data folder every part of it reads. */
    private static void launchDesktop(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException usage) {
            System.err.println(usage.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        if (options.dataFolder() != null) {
            System.setProperty("switchboard.data", options.dataFolder().toString());
        }
        DesktopLauncher.launch(options.rest().toArray(String[]::new));
    }

    static final String USAGE = """
            Usage:
              switchboard [--data DIR]            open the desktop console (sandbox by default); DIR holds its
                                                  data (sandbox tables, settings, test cases) instead of the usual place
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
