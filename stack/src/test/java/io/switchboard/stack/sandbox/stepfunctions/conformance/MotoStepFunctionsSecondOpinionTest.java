package io.switchboard.stack.sandbox.stepfunctions.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.stack.sandbox.asl.TaskResources;
import io.switchboard.stack.sandbox.stepfunctions.StepFunctionsSandbox;
import io.switchboard.stack.testing.MotoServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Step Functions, second opinion: a handful of AWS's recorded executions (Pass, Fail, Wait, the
 * context object, intrinsic functions, Map; ../shared/reference/sfn-aws-recorded, recorded by
 * LocalStack against real AWS, Apache-2.0) run both on the sandbox and on moto's ASL interpreter
 * (its {@code execute_state_machine} mode, itself a port of LocalStack's), each compared with what
 * AWS recorded: history event types, status, output or error and cause.
 *
 * <p>AWS wins: the sandbox must agree with the recording; moto must agree too, unless the case is
 * listed in {@code moto-sfn-known-differences.tsv} with the reason (moto's own difference, not ours).
 * A listed case that starts agreeing must leave the list.
 *
 * <p>Choice and Succeed have no recorded execution the recordings pair;
 * {@link #ownDefinitions_endTheSameOnTheSandboxAndOnMoto} runs a few small definitions of ours on
 * both and asks for the same status, output and error.
 *
 * <p>Harness workaround for a moto 5.2.1 bug: in server mode, StartExecution deep-copies the state
 * machine, which reaches (through moto's backend) every other machine and the locks of their earlier
 * executions: once one execution has run, every later StartExecution fails with HTTP 500 (naming
 * executions does not avoid it here). Each case therefore runs on a fresh moto (reset) and on a
 * machine of its own, deleted after its run. Product code is never changed for moto.
 */
class MotoStepFunctionsSecondOpinionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KNOWN_DIFFERENCES = "/moto-sfn-known-differences.tsv";

    /** The handful: ids of recorded executions, one per behaviour worth a second opinion. */
    private static final List<String> CASES = List.of(
            "base/test_base.py::test_state_pass_result#get_execution_history",
            "base/test_base.py::test_state_pass_result_null_input_output_paths#get_execution_history",
            "base/test_base.py::test_query_context_object_values#get_execution_history",
            "base/test_base.py::test_state_fail#get_execution_history",
            "base/test_base.py::test_state_fail_path#get_execution_history",
            "base/test_base.py::test_state_fail_intrinsic#get_execution_history",
            "base/test_base.py::test_state_fail_empty#get_execution_history",
            "base/test_wait.py::test_base_wait_seconds_path[0]#get_execution_history",
            "base/test_wait.py::test_base_wait_seconds_path[-1]#get_execution_history",
            "context_object/test_context_object.py::test_error_cause_path#get_execution_history",
            "intrinsic_functions/test_array.py::test_array_contains#exec_hist_resp_0",
            "intrinsic_functions/test_array.py::test_array_partition#exec_hist_resp_0",
            "intrinsic_functions/test_array.py::test_array_range#exec_hist_resp_0",
            "intrinsic_functions/test_array.py::test_array_length#exec_hist_resp_0",
            "intrinsic_functions/test_encode_decode.py::test_base_64_encode#exec_hist_resp_0",
            "intrinsic_functions/test_generic.py::test_format_1#exec_hist_resp_0",
            "intrinsic_functions/test_generic.py::test_nested_calls_1#exec_hist_resp_0",
            "intrinsic_functions/test_hash_calculations.py::test_hash#exec_hist_resp_0",
            "intrinsic_functions/test_json_manipulation.py::test_json_merge#exec_hist_resp_0",
            "intrinsic_functions/test_json_manipulation.py::test_string_to_json#exec_hist_resp_0",
            "intrinsic_functions/test_json_manipulation.py::test_json_to_string#exec_hist_resp_0",
            "intrinsic_functions/test_math_operations.py::test_math_add#exec_hist_resp_0",
            "intrinsic_functions/test_string_operations.py::test_string_split#exec_hist_resp_0",
            "scenarios/test_base_scenarios.py::test_map_state#get_execution_history",
            "scenarios/test_base_scenarios.py::test_map_state_catch#get_execution_history");

    @Test
    void recordedCases_runTheSameOnTheSandboxAndOnMoto_orMotoIsListedAsDifferingFromAws() throws IOException {
        MotoServer moto = MotoServer.shared();
        moto.reset();
        moto.interpretStateMachines();
        Map<String, RecordedCase> recorded = RecordedAnswers.load().cases().stream()
                .collect(Collectors.toMap(RecordedCase::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, String> knownDifferences = readKnownDifferences();

        List<String> problems = new ArrayList<>();
        List<String> proposed = new ArrayList<>();
        StepFunctionsSandbox sandbox = new StepFunctionsSandbox(StepFunctionsSandbox.Settings.defaults().withDelayScale(0.001),
                new TaskResources(List.of())).start();
        try (sandbox; SfnClient onSandbox = client(sandbox.endpoint()); SfnClient onMoto = client(moto.endpoint())) {
            int index = 0;
            for (String id : CASES) {
                RecordedCase recordedCase = recorded.get(id);
                if (recordedCase == null || !recordedCase.paired()) {
                    problems.add(id + ": not a paired recorded case" + (recordedCase == null ? "" : " (" + recordedCase.unpairedReason() + ")"));
                    continue;
                }
                String name = "second-opinion-" + index++;
                RecordedCaseRun.Result ours = RecordedCaseRun.run(onSandbox, recordedCase, name);
                if (ours.verdict() != RecordedCaseRun.Verdict.AGREES) {
                    problems.add(id + ": the sandbox " + ours.verdict() + " with AWS: " + ours.detail());
                }
                RecordedCaseRun.Result motos = onMoto(moto, onMoto, recordedCase, name);
                boolean listed = knownDifferences.containsKey(id);
                if (motos.verdict() == RecordedCaseRun.Verdict.AGREES && listed) {
                    problems.add(id + ": moto now agrees with AWS; remove it from " + KNOWN_DIFFERENCES);
                } else if (motos.verdict() != RecordedCaseRun.Verdict.AGREES && !listed) {
                    problems.add(id + ": moto " + motos.verdict() + " with AWS: " + motos.detail());
                    proposed.add(id + "\t" + motos.verdict() + ": " + motos.detail());
                }
            }
        }
        for (String id : knownDifferences.keySet()) {
            if (!CASES.contains(id)) {
                problems.add(id + " is listed in " + KNOWN_DIFFERENCES + " but not run here");
            }
        }

        assertThat(problems).as("proposed entries for " + KNOWN_DIFFERENCES + ":\n" + String.join("\n", proposed)).isEmpty();
    }

    /**
     * Our own small definitions (Choice, Succeed, Fail, Pass paths, Wait, intrinsics) with an input: the
     * sandbox and moto must end with the same status, output and error. Expected values are not ours
     * to invent: where the two disagree, AWS's documentation decides, and the case moves to the
     * recorded suite or to the list of moto's differences.
     */
    private record Own(String name, String definition, String input, String motoDiffers) {
        Own(String name, String definition, String input) {
            this(name, definition, input, null);
        }
    }

    /** AWS's recording of a string output (test_json_manipulation_jsonata, ExecutionSucceeded): "\"HelloWorld\"". */
    private static final String STRING_OUTPUT_DIFFERS = "moto 5.2.1's DescribeExecution gives a string output as the bare"
            + " text (uk) where AWS gives JSON text (\"uk\"), as AWS's recordings show (\"\\\"HelloWorld\\\"\")";

    private static final List<Own> OWN = List.of(
            new Own("choice picks the first matching rule", """
                    {"StartAt": "Route", "States": {
                      "Route": {"Type": "Choice", "Choices": [
                        {"And": [{"Variable": "$.digits", "IsPresent": true}, {"Variable": "$.count", "NumericGreaterThan": 5}],
                         "Next": "Many"},
                        {"Variable": "$.country", "StringEquals": "GB", "Next": "Uk"}],
                       "Default": "Other"},
                      "Many": {"Type": "Pass", "Result": "many", "ResultPath": "$.route", "Next": "Done"},
                      "Uk": {"Type": "Pass", "Result": "uk", "ResultPath": "$.route", "Next": "Done"},
                      "Other": {"Type": "Pass", "Result": "other", "ResultPath": "$.route", "Next": "Done"},
                      "Done": {"Type": "Succeed", "OutputPath": "$.route"}}}""", "{\"country\": \"GB\", \"count\": 9}",
                    STRING_OUTPUT_DIFFERS),
            new Own("choice on numbers and booleans", """
                    {"StartAt": "Route", "States": {
                      "Route": {"Type": "Choice", "Choices": [
                        {"Or": [{"Variable": "$.vip", "BooleanEquals": true}, {"Variable": "$.wait", "NumericGreaterThanEquals": 60}],
                         "Next": "Priority"}], "Default": "Queue"},
                      "Priority": {"Type": "Pass", "Parameters": {"queue": "priority", "wait.$": "$.wait"}, "Next": "Done"},
                      "Queue": {"Type": "Pass", "Parameters": {"queue": "normal"}, "Next": "Done"},
                      "Done": {"Type": "Succeed"}}}""", "{\"vip\": false, \"wait\": 75}"),
            new Own("choice default to fail", """
                    {"StartAt": "Route", "States": {
                      "Route": {"Type": "Choice", "Choices": [
                        {"Not": {"Variable": "$.status", "StringMatches": "OK*"}, "Next": "Broken"}], "Default": "Fine"},
                      "Broken": {"Type": "Fail", "Error": "Caller.Broken", "Cause": "status is not OK"},
                      "Fine": {"Type": "Succeed"}}}""", "{\"status\": \"DOWN\"}"),
            new Own("pass paths and wait zero", """
                    {"StartAt": "Shape", "States": {
                      "Shape": {"Type": "Pass", "InputPath": "$.call",
                                "Parameters": {"caller.$": "$.from", "vanity.$": "$.words[0]", "fixed": 1},
                                "ResultPath": "$.shaped", "Next": "Pause"},
                      "Pause": {"Type": "Wait", "Seconds": 0, "OutputPath": "$.shaped", "End": true}}}""",
                    "{\"call\": {\"from\": \"+18003569377\", \"words\": [\"FLOWERS\", \"FLOW\"]}}"),
            new Own("intrinsics", """
                    {"StartAt": "Compute", "States": {"Compute": {"Type": "Pass", "Parameters": {
                      "greeting.$": "States.Format('Hello {}, you are caller {}', $.name, $.n)",
                      "parsed.$": "States.StringToJson($.text)",
                      "merged.$": "States.JsonMerge($.a, $.b, false)",
                      "has3.$": "States.ArrayContains($.arr, 3)",
                      "sum.$": "States.MathAdd($.n, 1)",
                      "parts.$": "States.StringSplit($.csv, ',')",
                      "length.$": "States.ArrayLength($.arr)"}, "End": true}}}""",
                    "{\"name\": \"Ada\", \"n\": 7, \"text\": \"{\\\"k\\\": [1, 2]}\", \"a\": {\"x\": 1, \"y\": 2},"
                            + " \"b\": {\"y\": 3}, \"arr\": [1, 2, 3], \"csv\": \"a,b,c\"}"));

    @Test
    void ownDefinitions_endTheSameOnTheSandboxAndOnMoto() {
        MotoServer moto = MotoServer.shared();
        moto.interpretStateMachines();
        List<String> problems = new ArrayList<>();
        StepFunctionsSandbox sandbox = new StepFunctionsSandbox(StepFunctionsSandbox.Settings.defaults().withDelayScale(0.001),
                new TaskResources(List.of())).start();
        try (sandbox; SfnClient onSandbox = client(sandbox.endpoint()); SfnClient onMoto = client(moto.endpoint())) {
            int index = 0;
            for (Own own : OWN) {
                String name = "own-" + index++;
                String ours = ending(onSandbox, own.definition(), own.input(), name);
                moto.reset();
                String motos = ending(onMoto, own.definition(), own.input(), name);
                if (own.motoDiffers() == null && !ours.equals(motos)) {
                    problems.add(own.name() + ": sandbox " + ours + " but moto " + motos);
                } else if (own.motoDiffers() != null && ours.equals(motos)) {
                    problems.add(own.name() + ": moto now agrees (" + ours + "); drop its known difference");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Status, then the output (parsed, so formatting does not count) or the error. */
    private static String ending(SfnClient sfn, String definition, String input, String name) {
        String machine = sfn.createStateMachine(b -> b.name(name).definition(definition)
                .roleArn("arn:aws:iam::" + MotoServer.ACCOUNT + ":role/second-opinion")).stateMachineArn();
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).name(name).input(input)).executionArn();
        DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(execution));
        for (int polls = 0; described.status() == ExecutionStatus.RUNNING && polls < 500; polls++) {
            sleep(10);
            described = sfn.describeExecution(b -> b.executionArn(execution));
        }
        sfn.deleteStateMachine(b -> b.stateMachineArn(machine));
        if (described.status() != ExecutionStatus.SUCCEEDED) {
            return described.statusAsString() + " " + described.error();
        }
        try {
            return "SUCCEEDED " + JSON.readTree(described.output());
        } catch (IOException notJson) {
            return "SUCCEEDED with output that is not JSON text: " + described.output();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A case on moto, from a clean state: its crashes are its verdict (with its traceback), not the test's. */
    private static RecordedCaseRun.Result onMoto(MotoServer moto, SfnClient sfn, RecordedCase recordedCase, String name) {
        moto.reset();
        try {
            return RecordedCaseRun.run(sfn, recordedCase, name);
        } catch (SdkException crashed) {
            String traceback = moto.logTail();
            String lastLine = traceback.substring(traceback.lastIndexOf('\n') + 1);
            return new RecordedCaseRun.Result(recordedCase, RecordedCaseRun.Verdict.DIFFERS,
                    "moto failed: " + crashed.getMessage() + " — " + lastLine);
        }
    }

    private static SfnClient client(java.net.URI endpoint) {
        return SfnClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(MotoServer.CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    /** {@code case id<TAB>reason}: where moto differs from AWS's recorded answer, and why. */
    private static Map<String, String> readKnownDifferences() throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        try (InputStream in = MotoStepFunctionsSecondOpinionTest.class.getResourceAsStream(KNOWN_DIFFERENCES)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(KNOWN_DIFFERENCES + " missing from the test resources"));
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                if (columns.length != 2 || columns[1].isBlank()) {
                    throw new IllegalStateException(KNOWN_DIFFERENCES + ": expected 'case id<TAB>reason': " + line);
                }
                listed.put(columns[0], columns[1]);
            }
        }
        return listed;
    }
}
