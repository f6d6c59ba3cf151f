package io.switchboard.stack.cli;

import io.switchboard.flows.simulator.CallerInput;
import io.switchboard.flows.simulator.LambdaRouteArgument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code simulate}'s command line, checked: every problem is a {@link StackCli.UsageException} that
 * says what to type instead.
 *
 * @param callerInputs the caller's DTMF entries and Lex answers, in the order given
 */
record SimulateArguments(String flow, String caller, Map<String, String> attributes, List<CallerInput> callerInputs,
                         String hours, Path flowsDir, List<LambdaRouteArgument> lambdas, boolean fast, boolean json) {

    static SimulateArguments parse(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            throw new StackCli.UsageException("simulate needs a flow first: a shipped flow's name (vanity, async-demo,"
                    + " async-native) or a flow file");
        }
        String caller = null;
        String hours = null;
        Path flowsDir = null;
        boolean fast = false;
        boolean json = false;
        Map<String, String> attributes = new LinkedHashMap<>();
        List<CallerInput> inputs = new ArrayList<>();
        List<LambdaRouteArgument> lambdas = new ArrayList<>();
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
                case "--dtmf" -> inputs.addAll(dtmf(value(args, ++i, "--dtmf needs the keys pressed, e.g. --dtmf 1 or --dtmf 2,1234#")));
                case "--lex" -> inputs.add(lex(value(args, ++i, "--lex needs an intent (--lex CheckBalance account=savings) or words (--lex \"I want my balance\")")));
                case "--hours" -> hours = value(args, ++i, "--hours needs open, closed or a file with an HoursOfOperation Config");
                case "--flows" -> flowsDir = Path.of(value(args, ++i, "--flows needs a folder of flow files"));
                case "--lambda" -> lambdas.add(lambda(value(args, ++i, "--lambda needs ARN_OR_NAME=FUNCTION or ARN_OR_NAME=@FILE.json")));
                case "--fast" -> fast = true;
                case "--json" -> json = true;
                default -> throw new StackCli.UsageException("simulate does not know '" + args[i] + "'");
            }
        }
        if (caller == null) {
            throw new StackCli.UsageException("simulate needs --caller NUMBER (the number the caller dials from)");
        }
        return new SimulateArguments(args[0], caller, attributes, inputs, hours, flowsDir, lambdas, fast, json);
    }

    /** {@code 1,1234#}: one entry per block that asks; {@code timeout} (or an empty entry) is a caller who presses nothing. */
    static List<CallerInput> dtmf(String value) {
        List<CallerInput> entries = new ArrayList<>();
        for (String entry : value.split(",", -1)) {
            String keys = entry.strip();
            if (keys.isEmpty() || keys.equalsIgnoreCase("timeout")) {
                entries.add(new CallerInput.Silence());
            } else if (keys.matches("[0-9*#]+")) {
                entries.add(new CallerInput.Dtmf(keys));
            } else {
                throw new StackCli.UsageException("--dtmf takes keypad keys 0-9, * and #, comma-separated; got '" + keys + "'");
            }
        }
        return entries;
    }

    /** {@code Intent slot=value ...} is a recognised intent; anything else is what the caller says. */
    static CallerInput lex(String value) {
        String[] words = value.strip().split("\\s+");
        boolean intent = words.length > 0 && !words[0].isEmpty() && !words[0].contains("=");
        Map<String, String> slots = new LinkedHashMap<>();
        for (int w = 1; w < words.length && intent; w++) {
            int eq = words[w].indexOf('=');
            if (eq <= 0) {
                intent = false;
            } else {
                slots.put(words[w].substring(0, eq), words[w].substring(eq + 1));
            }
        }
        if (value.isBlank()) {
            return new CallerInput.Silence();
        }
        return intent ? new CallerInput.Intent(words[0], slots) : new CallerInput.Utterance(value.strip());
    }

    private static LambdaRouteArgument lambda(String value) {
        try {
            return LambdaRouteArgument.parse(value);
        } catch (IllegalArgumentException bad) {
            throw new StackCli.UsageException(bad.getMessage());
        }
    }

    /** Whether the flow's Lambdas need the sandbox: a shipped flow, or a route to a sandbox function. */
    boolean needsSandbox(boolean shippedFlow) {
        return shippedFlow || lambdas.stream().anyMatch(l -> !l.isMock());
    }

    private static String value(String[] args, int index, String problem) {
        if (index >= args.length) {
            throw new StackCli.UsageException(problem);
        }
        return args[index];
    }
}
