package io.switchboard.lambdas.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.switchboard.lambdas.vanity.engine.VanityCandidate;
import io.switchboard.lambdas.vanity.engine.VanityEngine;
import io.switchboard.lambdas.vanity.engine.VanityResult;
import io.switchboard.lambdas.vanity.engine.VanityStatus;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code vanity [--json] NUMBER...}: the best five vanity numbers of each number, best first.
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
        return "vanity [--json] NUMBER...   best five vanity numbers of each phone number (E.164 or US national)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        List<String> numbers = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                err.println("usage: " + usage());
                return SwitchboardLambdasCli.USAGE;
            } else if (arg.startsWith("--")) {
                err.println("vanity: unknown option " + arg);
                err.println("usage: " + usage());
                return SwitchboardLambdasCli.USAGE;
            } else {
                numbers.add(arg);
            }
        }
        if (numbers.isEmpty()) {
            err.println("vanity: give at least one phone number");
            err.println("usage: " + usage());
            return SwitchboardLambdasCli.USAGE;
        }
        VanityEngine vanity = engine != null ? engine : VanityEngine.standard();
        List<VanityResult> results = numbers.stream().map(vanity::suggest).toList();
        for (int i = 0; i < numbers.size(); i++) {
            if (results.get(i).status() == VanityStatus.INVALID_NUMBER) {
                err.println("vanity: invalid number \"" + numbers.get(i) + "\": " + results.get(i).reason());
            }
        }
        if (json) {
            printJson(numbers, results, out);
        } else {
            printText(results, out);
        }
        return results.stream().anyMatch(r -> r.status() == VanityStatus.INVALID_NUMBER) ? INVALID_NUMBER : 0;
    }

    private static void printText(List<VanityResult> results, PrintStream out) {
        boolean first = true;
        for (VanityResult result : results) {
            if (result.status() == VanityStatus.INVALID_NUMBER) {
                continue;
            }
            if (!first) {
                out.println();
            }
            first = false;
            if (result.candidates().isEmpty()) {
                out.println("(no vanity number for " + result.e164() + ")");
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
    record JsonResult(String input, VanityStatus status, String reason, String e164, List<VanityCandidate> candidates) {
        static JsonResult of(String input, VanityResult result) {
            return new JsonResult(input, result.status(), result.reason(), result.e164(), result.candidates());
        }
    }
}
