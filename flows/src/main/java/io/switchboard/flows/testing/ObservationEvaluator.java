package io.switchboard.flows.testing;

import io.switchboard.flows.simulator.SimulatedContact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a document's observations against a finished call, the way Connect's simulation activates
 * them (<a href="https://docs.aws.amazon.com/connect/latest/adminguide/testing-simulation-concepts.html">Simulation
 * concepts</a>): an observation no other one leads to is active from the start and may match anywhere
 * in the call; one named in another's {@code NextObservations} becomes active after that one's event,
 * and matches only later moments. After an {@code EndTest} action, nothing later counts.
 */
final class ObservationEvaluator {

    private final TestDocument document;
    private final CallMoments moments;
    private final CallFacts facts;
    private final TestSetup setup;
    /** Observation → the moment its event matched; absent when it did not. */
    private final Map<String, Integer> matchedAt = new HashMap<>();
    private final Map<String, ObservationResult> results = new LinkedHashMap<>();

    ObservationEvaluator(TestDocument document, CallMoments moments, SimulatedContact contact, TestSetup setup) {
        this.document = document;
        this.moments = moments;
        this.facts = new CallFacts(moments, contact);
        this.setup = setup;
    }

    List<ObservationResult> evaluate() {
        int endOfTest = moments.end();
        List<Observation> pending = new ArrayList<>(document.observations());
        while (!pending.isEmpty()) {
            Observation next = pending.stream().filter(this::predecessorsJudged).findFirst().orElse(pending.get(0));
            pending.remove(next);
            judge(next, endOfTest);
            if (next.endsTest() && matchedAt.containsKey(next.identifier())) {
                endOfTest = Math.min(endOfTest, Math.max(matchedAt.get(next.identifier()) + 1, 0));
            }
        }
        List<ObservationResult> ordered = new ArrayList<>();
        for (Observation observation : document.observations()) {
            ordered.add(afterEndTest(observation, endOfTest));
        }
        return ordered;
    }

    private boolean predecessorsJudged(Observation observation) {
        return document.predecessorsOf(observation.identifier()).stream().allMatch(results::containsKey);
    }

    private void judge(Observation observation, int endOfTest) {
        List<String> predecessors = document.predecessorsOf(observation.identifier());
        int from = 0;
        if (!predecessors.isEmpty()) {
            List<Integer> seen = predecessors.stream().filter(matchedAt::containsKey).map(matchedAt::get).toList();
            // A predecessor not reproducible offline, or not judged yet (observations in a cycle), leaves
            // the moment unknown: then this observation may match anywhere.
            boolean unknown = predecessors.stream().anyMatch(p -> !results.containsKey(p)
                    || results.get(p).verdict() == Verdict.NOT_REPRODUCIBLE_OFFLINE && !matchedAt.containsKey(p));
            if (seen.isEmpty() && !unknown) {
                record(observation, Verdict.FAILED, observation.event().describe(),
                        "never became active: " + String.join(" / ", predecessors) + " was not seen first", null);
                return;
            }
            from = seen.isEmpty() ? 0 : seen.stream().min(Integer::compare).get() + 1;
        }
        ObservedEvent event = observation.event();
        if (event instanceof ObservedEvent.NotReproducible not) {
            record(observation, Verdict.NOT_REPRODUCIBLE_OFFLINE, event.describe(), not.reason(), null);
            return;
        }
        List<Integer> found = moments.find(event, from, endOfTest);
        int times = observation.usageTimes();
        if (found.isEmpty() || (times > 0 && found.size() != times)) {
            String expected = expectation(event) + (times > 0 ? ", exactly " + times + " time(s)" : "");
            List<Integer> later = found.isEmpty() && endOfTest < moments.end() ? moments.find(event, endOfTest, moments.end()) : List.of();
            String seen = !later.isEmpty() ? afterTheEnd(later.get(0))
                    : found.isEmpty() ? seenInstead(event, from, endOfTest) : "seen " + found.size() + " time(s)";
            record(observation, Verdict.FAILED, expected, seen, null);
            return;
        }
        matchedAt.put(observation.identifier(), found.get(0));
        record(observation, Verdict.PASSED, "", "", found.get(0));
    }

    private void record(Observation observation, Verdict eventVerdict, String expected, String seen, Integer moment) {
        List<ActionResult> actions = new ArrayList<>();
        Verdict verdict = eventVerdict;
        for (TestAction action : observation.actions()) {
            ActionResult result = actionResult(action, moment);
            actions.add(result);
            verdict = verdict.and(result.verdict());
        }
        results.put(observation.identifier(), new ObservationResult(observation.identifier(), observation.event().describe(),
                verdict, expected, seen, moment == null ? null : moments.offset(moment), actions));
    }

    private ActionResult actionResult(TestAction action, Integer moment) {
        ActionResult prepared = setup.resultOf(action);
        if (prepared != null) {
            return prepared;
        }
        if (moment == null) {
            return new ActionResult(action.identifier(), describe(action), Verdict.FAILED, "", "not run: the event was not seen");
        }
        if (action instanceof TestAction.Assertion assertion) {
            return AssertionCheck.check(assertion, facts, moment);
        }
        if (action instanceof TestAction.LogData log) {
            List<String> values = new ArrayList<>();
            log.expressions().forEach((label, path) -> {
                CallFacts.Fact fact = facts.at(path, moment);
                values.add(label + " = " + facts.describe(fact).orElse("(not known offline)"));
            });
            return ActionResult.done(action, "log " + log.expressions().keySet(), String.join(", ", values));
        }
        return ActionResult.done(action, describe(action), "");
    }

    private static String describe(TestAction action) {
        if (action instanceof TestAction.EndTest) {
            return "end the test";
        }
        if (action instanceof TestAction.Assertion a) {
            return AssertionCheck.describe(a);
        }
        return action.getClass().getSimpleName();
    }

    private ObservationResult afterEndTest(Observation observation, int endOfTest) {
        ObservationResult result = results.get(observation.identifier());
        Integer at = matchedAt.get(observation.identifier());
        if (at == null || at < endOfTest || observation.event() instanceof ObservedEvent.TestCompleted) {
            return result;
        }
        return new ObservationResult(result.identifier(), result.event(), Verdict.FAILED, expectation(observation.event()),
                afterTheEnd(at), null, result.actions());
    }

    private String afterTheEnd(int moment) {
        return "seen at " + TestReport.clock(moments.offset(moment)) + ", after an EndTest action had ended the test";
    }

    private static String expectation(ObservedEvent event) {
        if (event instanceof ObservedEvent.MessageReceived message) {
            if (message.promptId() != null || message.mediaUri() != null) {
                return "the audio prompt " + (message.promptId() != null ? message.promptId() : message.mediaUri());
            }
            String words = PromptMatcher.expectedWords(message);
            return message.criteria() == MatchingCriteria.INCLUSION
                    ? "a prompt including \"" + words + "\""
                    : "a prompt like \"" + words + "\" (at least " + Math.round(PromptMatcher.SIMILARITY_THRESHOLD * 100) + "% of words shared)";
        }
        if (event instanceof ObservedEvent.FlowActionStarted started) {
            return "a " + started.actionType() + " block" + (started.parameters().isEmpty() ? "" : " with " + started.parameters());
        }
        return event.describe();
    }

    private String seenInstead(ObservedEvent event, int from, int to) {
        String window = from > 0 ? " after " + TestReport.clock(moments.offset(from - 1)) : "";
        if (event instanceof ObservedEvent.MessageReceived) {
            List<String> heard = moments.promptsHeard(from, to);
            return heard.isEmpty() ? "no prompt was played" + window : "prompts heard" + window + ": " + String.join("; ", heard);
        }
        if (event instanceof ObservedEvent.FlowActionStarted started) {
            List<String> run = moments.blocksRun(started.actionType(), from, to);
            return run.isEmpty() ? "no " + started.actionType() + " block ran" + window
                    : started.actionType() + " blocks run" + window + ": " + String.join("; ", run);
        }
        return "not seen";
    }
}
