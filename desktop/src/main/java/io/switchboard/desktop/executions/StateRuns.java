package io.switchboard.desktop.executions;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each state did in one execution, read from its history: every time a state was entered is a
 * run (a polling loop enters its Wait many times), with its input, output, last error, attempts and
 * how it ended. Events without a state name (TaskScheduled, LambdaFunctionFailed…) belong to the
 * state most recently entered and still open, as they do in a history read top to bottom.
 *
 * <p>A run ends at its exit, at the entry of the state a caught error leads to (CAUGHT), or at the
 * execution's end: failed or timed out (FAILED), stopped (ABORTED). Only a run of a still-running
 * execution is RUNNING.
 */
public final class StateRuns {
    public enum Status { SUCCEEDED, FAILED, CAUGHT, RUNNING, ABORTED, NOT_ENTERED }

    /**
     * @param type     the state's type as its events name it (Task, Choice, Map…)
     * @param end      {@code null} while running
     * @param attempts how many times its work was scheduled (a Task's first try and its retries), 0 for states without work
     */
    public record Run(String state, String type, Status status, Instant start, Instant end, String input, String output,
                      String error, int attempts) {
        public int retries() {
            return Math.max(0, attempts - 1);
        }

        /** How long it ran, up to {@code now} while running. */
        public Duration duration(Instant now) {
            return start == null ? Duration.ZERO : Duration.between(start, end == null ? now : end);
        }
    }

    private final List<Run> runs;

    private StateRuns(List<Run> runs) {
        this.runs = runs;
    }

    /** Every run, in the order the states were entered. */
    public List<Run> runs() {
        return runs;
    }

    /** Each state's latest run, by name. */
    public Map<String, Run> latest() {
        Map<String, Run> latest = new LinkedHashMap<>();
        runs.forEach(run -> latest.put(run.state(), run));
        return latest;
    }

    /** How many times a state was entered. */
    public long entries(String state) {
        return runs.stream().filter(r -> r.state().equals(state)).count();
    }

    /** What a state did, as its latest run says (NOT_ENTERED when it never ran). */
    public Status status(String state) {
        Run run = latest().get(state);
        return run == null ? Status.NOT_ENTERED : run.status();
    }

    public static StateRuns of(List<ExecutionEvent> history) {
        List<ExecutionEvent> oldestFirst = history.stream().sorted(Comparator.comparingLong(ExecutionEvent::id)).toList();
        List<Open> open = new ArrayList<>();
        List<Open> all = new ArrayList<>();
        for (ExecutionEvent e : oldestFirst) {
            String type = e.type();
            if (type.endsWith("StateEntered")) {
                // a state whose last attempt failed and is still open was caught: it ends where the Catch goes
                open.removeIf(o -> {
                    if (o.lastAttemptFailed) {
                        o.close(Status.CAUGHT, e.timestamp());
                        return true;
                    }
                    return false;
                });
                Open run = new Open(e.state(), type.substring(0, type.length() - "StateEntered".length()), e.timestamp(), e.detail());
                if (type.equals("FailStateEntered")) {
                    run.lastAttemptFailed = true;
                    run.failedForGood = true;
                }
                open.add(run);
                all.add(run);
            } else if (type.endsWith("StateExited")) {
                Open run = lastOpen(open, e.state());
                if (run != null) {
                    open.remove(run);
                    run.output = e.detail();
                    run.close(run.failedForGood ? Status.FAILED : run.lastAttemptFailed ? Status.CAUGHT : Status.SUCCEEDED, e.timestamp());
                }
            } else if (type.equals("ExecutionSucceeded") || type.equals("ExecutionFailed") || type.equals("ExecutionTimedOut")
                    || type.equals("ExecutionAborted")) {
                Status ending = type.equals("ExecutionSucceeded") ? Status.SUCCEEDED
                        : type.equals("ExecutionAborted") ? Status.ABORTED : Status.FAILED;
                for (Open run : open) {
                    if (type.equals("ExecutionTimedOut") && run.error == null) {
                        run.error = e.detail();
                    }
                    run.close(run.failedForGood || (run.lastAttemptFailed && ending != Status.ABORTED) ? Status.FAILED : ending,
                            e.timestamp());
                }
                open.clear();
            } else if (!open.isEmpty() && !type.startsWith("Execution")) {
                Open current = open.get(open.size() - 1);
                if (type.endsWith("Scheduled")) {
                    current.attempts++;
                    current.lastAttemptFailed = false;
                } else if (type.endsWith("Succeeded")) {
                    current.lastAttemptFailed = false;
                } else if (type.endsWith("Failed") || type.endsWith("TimedOut")) {
                    current.lastAttemptFailed = true;
                    current.error = e.detail();
                }
            }
        }
        return new StateRuns(all.stream().map(Open::run).toList());
    }

    private static Open lastOpen(List<Open> open, String state) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i).state.equals(state)) {
                return open.get(i);
            }
        }
        return null;
    }

    private static final class Open {
        final String state;
        final String type;
        final Instant start;
        final String input;
        String output;
        String error;
        int attempts;
        boolean lastAttemptFailed;
        boolean failedForGood;
        Status status = Status.RUNNING;
        Instant end;

        Open(String state, String type, Instant start, String input) {
            this.state = state;
            this.type = type;
            this.start = start;
            this.input = input;
        }

        void close(Status how, Instant at) {
            status = how;
            end = at;
        }

        Run run() {
            return new Run(state, type, status, start, end, input, output, error, attempts);
        }
    }
}
