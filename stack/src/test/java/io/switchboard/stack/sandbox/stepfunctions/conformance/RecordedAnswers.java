package io.switchboard.stack.sandbox.stepfunctions.conformance;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads AWS's recorded Step Functions answers from {@code ../shared/reference/sfn-aws-recorded}
 * (LocalStack's tests, recorded against real AWS, Apache-2.0; see its README) and pairs each
 * recorded execution history with the definition and input it ran with.
 *
 * <p>Pairing reads the test code as text, never runs it: a test that names exactly one template
 * constant ({@code BaseTemplate.BASE_PASS_RESULT}, also through a helper such as
 * {@code create_and_test_on_inputs(..., IFT.MATH_ADD, ...)}) and does not edit it in code runs that
 * template; the input is the one AWS recorded in the history's ExecutionStarted event. Anything
 * less certain is not paired, and says why.
 */
public final class RecordedAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper JSON5 = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();
    private static final Pattern CLASS = Pattern.compile("class (\\w+)\\(");
    private static final Pattern CONSTANT = Pattern.compile(
            "(\\w+): Final\\[str\\] = os\\.path\\.join\\(\\s*_THIS_FOLDER,\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern IMPORT = Pattern.compile("import \\(?\\s*([\\w\\s,]+?)\\)?$", Pattern.MULTILINE);
    private static final Pattern TEST_START = Pattern.compile("\\n    def (test_\\w+)\\(");
    private static final Pattern REFERENCE = Pattern.compile("\\b(\\w+)\\.([A-Z][A-Z0-9_]+)\\b");
    private static final Pattern TEMPLATE_EDIT = Pattern.compile("(template|definition)\\[[^\\n]*\\]\\s*=[^=]|\\.replace\\(");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>\"]+>");
    private static final String PREFIX = "tests/aws/services/stepfunctions/v2/";

    private final Path root;
    private final Map<String, Path> templates = new HashMap<>();

    private RecordedAnswers(Path root) {
        this.root = root;
    }

    /** The recorded answers beside the clone; skips the test (fails under CI=true) when they are absent. */
    public static RecordedAnswers load() {
        String configured = System.getProperty("switchboard.shared");
        for (Path shared : new Path[] {configured == null ? null : Path.of(configured), Path.of("..", "shared"),
                Path.of("..", "..", "shared")}) {
            if (shared != null && Files.isDirectory(shared.resolve("reference/sfn-aws-recorded/v2"))) {
                RecordedAnswers answers = new RecordedAnswers(shared.resolve("reference/sfn-aws-recorded").toAbsolutePath().normalize());
                answers.readTemplateConstants();
                return answers;
            }
        }
        String problem = "../shared/reference/sfn-aws-recorded not found (switchboard.shared=" + configured + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(problem + ": CI must provide the shared material");
        }
        Assumptions.abort(problem + ": conformance with AWS's recorded answers skipped");
        throw new IllegalStateException(problem);
    }

    public Path root() {
        return root;
    }

    /** Every recorded execution history, in file and snapshot order. */
    public List<RecordedCase> cases() {
        List<RecordedCase> cases = new ArrayList<>();
        List<Path> snapshots;
        try (Stream<Path> files = Files.walk(root.resolve("v2"))) {
            snapshots = files.filter(f -> f.getFileName().toString().endsWith(".snapshot.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path snapshot : snapshots) {
            Path testFile = snapshot.resolveSibling(snapshot.getFileName().toString().replace(".snapshot.json", ".py"));
            String source = read(testFile);
            Map<String, String> aliases = aliases(source);
            Map<String, String> functions = testFunctions(source);
            JsonNode recorded = readJson(snapshot);
            for (Iterator<Map.Entry<String, JsonNode>> tests = recorded.fields(); tests.hasNext(); ) {
                Map.Entry<String, JsonNode> test = tests.next();
                String testName = test.getKey().substring(test.getKey().lastIndexOf("::") + 2);
                String testId = test.getKey().replace(PREFIX, "").replaceAll("::\\w+::", "::");
                for (Iterator<Map.Entry<String, JsonNode>> entries = test.getValue().path("recorded-content").fields(); entries.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    JsonNode events = entry.getValue().path("events");
                    if (!events.isArray() || events.isEmpty() || !"ExecutionStarted".equals(events.get(0).path("type").asText())) {
                        continue;
                    }
                    String id = testId + "#" + entry.getKey();
                    String body = functions.get(testName.contains("[") ? testName.substring(0, testName.indexOf('[')) : testName);
                    cases.add(pair(id, events, body, aliases));
                }
            }
        }
        return cases;
    }

    private RecordedCase pair(String id, JsonNode events, String body, Map<String, String> aliases) {
        JsonNode input = events.get(0).path("executionStartedEventDetails").path("input");
        if (body == null) {
            return unpaired(id, events, "cannot pair: test function not found");
        }
        if (body.contains("create_lambda_function") || body.contains("function_arn") || body.contains("lambda_arn")) {
            return unpaired(id, events, "needs a Lambda function: the test deploys its own");
        }
        if (body.contains("stop_execution") || body.contains("send_task_")) {
            return unpaired(id, events, "interactive: the test acts on the running execution (StopExecution, task tokens)");
        }
        if (body.contains("EXPRESS")) {
            return unpaired(id, events, "express state machine: the sandbox runs STANDARD only");
        }
        Set<Path> referenced = new LinkedHashSet<>();
        Matcher reference = REFERENCE.matcher(body);
        while (reference.find()) {
            Path template = templates.get(aliases.getOrDefault(reference.group(1), reference.group(1)) + "." + reference.group(2));
            if (template != null) {
                referenced.add(template);
            }
        }
        if (referenced.isEmpty()) {
            return unpaired(id, events, "cannot pair: the test builds its definition in code");
        }
        if (referenced.size() > 1) {
            return unpaired(id, events, "cannot pair: the test uses several templates");
        }
        if (TEMPLATE_EDIT.matcher(body).find()) {
            return unpaired(id, events, "cannot pair: the test edits its template in code");
        }
        if (input.isMissingNode()) {
            return unpaired(id, events, "cannot pair: no input recorded");
        }
        if (masked(input)) {
            return unpaired(id, events, "cannot pair: the recorded input is masked (resource names, ARNs)");
        }
        String last = events.get(events.size() - 1).path("type").asText();
        if (!last.startsWith("Execution") || last.equals("ExecutionStarted")) {
            return unpaired(id, events, "recorded while still running: no closing event to compare");
        }
        String definition;
        try {
            definition = JSON.writeValueAsString(JSON5.readTree(read(referenced.iterator().next())));
        } catch (IOException e) {
            return unpaired(id, events, "cannot pair: template is not readable JSON5 (" + e.getMessage() + ")");
        }
        return new RecordedCase(id, events, definition, input, null);
    }

    private static RecordedCase unpaired(String id, JsonNode events, String reason) {
        return new RecordedCase(id, events, null, null, reason);
    }

    private static boolean masked(JsonNode node) {
        if (node.isTextual()) {
            return PLACEHOLDER.matcher(node.asText()).find() || RecordedMatching.isMask(node.asText());
        }
        for (JsonNode child : node) {
            if (masked(child)) {
                return true;
            }
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (PLACEHOLDER.matcher(names.next()).find()) {
                return true;
            }
        }
        return false;
    }

    private void readTemplateConstants() {
        try (Stream<Path> files = Files.walk(root.resolve("templates"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_templates.py")).toList()) {
                String source = read(file);
                Matcher className = CLASS.matcher(source);
                if (!className.find()) {
                    continue;
                }
                Matcher constant = CONSTANT.matcher(source);
                while (constant.find()) {
                    templates.put(className.group(1) + "." + constant.group(1), file.resolveSibling(constant.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code from … import (ChoiceOperatorTemplate as COT)} → COT → ChoiceOperatorTemplate. */
    private static Map<String, String> aliases(String source) {
        Map<String, String> aliases = new HashMap<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            for (String part : imports.group(1).split(",")) {
                String[] names = part.trim().split("\\s+as\\s+");
                if (!names[0].isBlank()) {
                    aliases.put(names[names.length - 1].trim(), names[0].trim());
                }
            }
        }
        return aliases;
    }

    /** Each {@code def test_…} with its text up to the next method, decorator or class. */
    private static Map<String, String> testFunctions(String source) {
        Map<String, String> functions = new HashMap<>();
        Matcher start = TEST_START.matcher(source);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (start.find()) {
            names.add(start.group(1));
            spans.add(new int[] {start.start()});
        }
        for (int i = 0; i < spans.size(); i++) {
            int from = spans.get(i)[0] + 1;
            int to = source.length();
            for (String end : List.of("\n    @", "\n    def ", "\nclass ")) {
                int at = source.indexOf(end, from);
                if (at >= 0 && at < to) {
                    to = at;
                }
            }
            functions.put(names.get(i), source.substring(from, to));
        }
        return functions;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
