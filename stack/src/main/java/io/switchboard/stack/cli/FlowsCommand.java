package io.switchboard.stack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.FlowFileException;
import io.switchboard.flows.FlowFiles;
import io.switchboard.flows.validation.FlowProblem;
import io.switchboard.flows.validation.FlowValidator;
import io.switchboard.flows.validation.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code flows validate FILE|DIR... [--json]}: one line per finding ({@code FILE: ERROR|WARNING ACTION-ID: message}),
 * a summary line; exit 1 when any file has an ERROR, 0 otherwise.
 */
final class FlowsCommand {

    private final PrintStream out;

    FlowsCommand(PrintStream out) {
        this.out = out;
    }

    /** The findings for one file; a file that holds no flow has one document-level ERROR saying why. */
    record FileReport(Path file, List<FlowProblem> problems) {
        long count(Severity severity) {
            return problems.stream().filter(p -> p.severity() == severity).count();
        }
    }

    int run(String[] args) {
        if (args.length == 0 || !args[0].equals("validate")) {
            throw new StackCli.UsageException("flows needs the sub-command 'validate'");
        }
        boolean json = false;
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--json")) {
                json = true;
            } else if (args[i].startsWith("-")) {
                throw new StackCli.UsageException("flows validate does not know '" + args[i] + "'");
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        List<Path> files = flowFiles(inputs);
        FlowValidator validator = new FlowValidator();
        List<FileReport> reports = files.stream().map(file -> validate(validator, file)).toList();
        if (json) {
            printJson(reports);
        } else {
            printLines(reports);
        }
        out.flush();
        return reports.stream().anyMatch(r -> r.count(Severity.ERROR) > 0) ? 1 : 0;
    }

    private static List<Path> flowFiles(List<Path> inputs) {
        if (inputs.isEmpty()) {
            throw new StackCli.UsageException("flows validate needs at least one FILE or DIR");
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = jsonFilesIn(input);
                if (found.isEmpty()) {
                    throw new StackCli.UsageException("no .json files in " + input);
                }
                files.addAll(found);
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new StackCli.UsageException("no such file or folder: " + input);
            }
        }
        return files;
    }

    private static List<Path> jsonFilesIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            // A folder's test-case documents (switchboard test) are not flows: they are left out, not reported.
            return walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !FlowFiles.isTestCase(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileReport validate(FlowValidator validator, Path file) {
        try {
            return new FileReport(file, validator.validate(FlowFiles.read(file)));
        } catch (FlowFileException notAFlow) {
            return new FileReport(file, List.of(FlowProblem.ofDocument(notAFlow.reason())));
        }
    }

    private void printLines(List<FileReport> reports) {
        for (FileReport report : reports) {
            for (FlowProblem p : report.problems()) {
                out.println(report.file() + ": " + p.severity() + " " + (p.actionId() == null ? "-" : p.actionId()) + ": "
                        + p.message() + (p.documentation() == null ? "" : " (" + p.documentation() + ")"));
            }
        }
        long errors = reports.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
        long warnings = reports.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
        out.println(plural(reports.size(), "file") + ", " + plural(errors, "error") + ", " + plural(warnings, "warning"));
    }

    private void printJson(List<FileReport> reports) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (FileReport report : reports) {
            ObjectNode file = files.addObject().put("file", report.file().toString())
                    .put("errors", report.count(Severity.ERROR)).put("warnings", report.count(Severity.WARNING));
            ArrayNode findings = file.putArray("findings");
            for (FlowProblem p : report.problems()) {
                findings.addObject().put("severity", p.severity().name()).put("action", p.actionId())
                        .put("message", p.message()).put("documentation", p.documentation());
            }
        }
        root.putObject("summary").put("files", reports.size())
                .put("errors", reports.stream().mapToLong(r -> r.count(Severity.ERROR)).sum())
                .put("warnings", reports.stream().mapToLong(r -> r.count(Severity.WARNING)).sum());
        out.println(root.toPrettyString());
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
