package io.switchboard.lambdas.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.switchboard.lambdas.vanity.engine.BusinessWords;
import io.switchboard.lambdas.vanity.engine.VanityCandidate;
import io.switchboard.lambdas.vanity.engine.VanityEngine;
import io.switchboard.lambdas.vanity.engine.VanityLanguage;
import io.switchboard.lambdas.vanity.engine.VanityResult;
import io.switchboard.lambdas.vanity.engine.VanityStatus;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code vanity [--json] [--language TAG] [--words W1,W2] NUMBER...}: the best five vanity numbers of
 * each number, best first, each number's block headed by that number.
 * Exit 0 when every number was a valid phone number, 1 when any was not (the others are still
 * printed), 2 on a usage error.
 */
final class VanityCommand implements Command {
    static final int INVALID_NUMBER = 1;

    private final VanityEngine engine;

    VanityCommand() {
        this(null);
    }

    /** {@code engine} may be null: the standard engine is then loaded only when a number is given. */
    VanityCommand(VanityEngine engine) {
        this.engine = engine;
    }

    @Override
    public String usage() {
        return "vanity [--json] [--language TAG] [--words W1,W2] NUMBER...   best five vanity numbers of each phone number"
                + " (E.164 or US national); TAG: en, de, fr or es (e.g. de-DE; default: the number's country, else English);"
                + " W1,W2: the business's own words, ranked first";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        String language = null;
        BusinessWords words = BusinessWords.NONE;
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (arg.equals("--json")) {
                json = true;
            } else if (option.equals("--language") || option.equals("--words")) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : (i + 1 < args.size() ? args.get(++i) : null);
                if (value == null) {
                    return usageError(err, option + " needs a value");
                }
                if (option.equals("--language")) {
                    if (VanityLanguage.fromTag(value).isEmpty()) {
                        return usageError(err, "no word list for language \"" + value + "\": use en, de, fr or es (e.g. de-DE)");
                    }
                    language = value;
                } else {
                    try {
                        words = BusinessWords.parse(value);
                    } catch (IllegalArgumentException invalid) {
                        return usageError(err, "--words: " + invalid.getMessage());
                    }
                }
            } else if (arg.equals("--help") || arg.equals("-h")) {
                err.println("usage: " + usage());
                return SwitchboardLambdasCli.USAGE;
            } else if (arg.startsWith("--")) {
                return usageError(err, "unknown option " + arg);
            } else {
                numbers.add(arg);
            }
        }
        if (numbers.isEmpty()) {
            return usageError(err, "give at least one phone number");
        }
        VanityEngine vanity = engine != null ? engine : VanityEngine.withBusinessWords(words);
        String tag = language;
        List<VanityResult> results = numbers.stream().map(n -> vanity.suggest(n, tag)).toList();
        for (int i = 0; i < numbers.size(); i++) {
            if (results.get(i).status() == VanityStatus.INVALID_NUMBER) {
                err.println("vanity: invalid number \"" + numbers.get(i) + "\": " + results.get(i).reason());
            }
        }
        if (json) {
            printJson(numbers, results, out);
        } else {
            printText(numbers, results, out);
        }
        return results.stream().anyMatch(r -> r.status() == VanityStatus.INVALID_NUMBER) ? INVALID_NUMBER : 0;
    }

    private int usageError(PrintStream err, String problem) {
        err.println("vanity: " + problem);
        err.println("usage: " + usage());
        return SwitchboardLambdasCli.USAGE;
    }

    /**
     * One block per input, in input order, headed by the number as given (and its E.164 form when
     * that differs) and the language: its vanity numbers, or why there are none, or why it is not a number.
     */
    private static void printText(List<String> numbers, List<VanityResult> results, PrintStream out) {
        for (int i = 0; i < numbers.size(); i++) {
            VanityResult result = results.get(i);
            String input = numbers.get(i);
            if (i > 0) {
                out.println();
            }
            if (result.status() == VanityStatus.INVALID_NUMBER) {
                out.println(input + ": invalid number");
                out.println("(" + result.reason() + ")");
                continue;
            }
            String name = input.strip().equals(result.e164()) ? input.strip() : input.strip() + " = " + result.e164();
            out.println(name + " (" + result.language().englishName() + ")");
            if (result.candidates().isEmpty()) {
                out.println("(no vanity number for " + result.e164() + ": " + result.reason() + ")");
            }
            result.candidates().forEach(candidate -> out.println(candidate.display()));
        }
    }

    private static void printJson(List<String> numbers, List<VanityResult> results, PrintStream out) {
        List<JsonResult> json = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            json.add(JsonResult.of(numbers.get(i), results.get(i)));
        }
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON shape of one number's result. */
    record JsonResult(String input, VanityStatus status, String reason, String e164, String language,
                      List<VanityCandidate> candidates) {
        static JsonResult of(String input, VanityResult result) {
            return new JsonResult(input, result.status(), result.reason(), result.e164(), result.language().ssmlLanguage(),
                    result.candidates());
        }
    }
}
