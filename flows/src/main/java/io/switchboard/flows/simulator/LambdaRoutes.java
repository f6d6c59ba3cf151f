package io.switchboard.flows.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides where each of a flow's Lambda calls goes: to another function (a sandbox function, a
 * substitute), to a mock, or to the fallback invoker when nothing is routed for that function.
 *
 * <p>A key names the function the flow calls: a full ARN ({@code arn:aws:lambda:...:function:vanity:live}),
 * or the ARN's function part, a name ({@code vanity}: any qualifier) or {@code name:qualifier}
 * ({@code vanity:live}: that qualifier only). An unqualified ARN key also matches the qualified ARNs of
 * that function.
 *
 * <p>Two kinds of mock: a <em>standing</em> mock answers every call (the command line's
 * {@code --lambda NAME=@FILE.json}); a <em>one-shot</em> mock answers the next call only and is then
 * used up, several queuing first in, first out, as Amazon Connect's testing language overrides do
 * (<a href="https://docs.aws.amazon.com/connect/latest/adminguide/testing-simulation-action-override.html">Override
 * system behavior actions</a>: "the override applies only once to that specific resource").
 */
public final class LambdaRoutes implements LambdaInvoker {

    private final Map<String, LambdaInvoker> standing;
    private final Map<String, Deque<LambdaInvoker>> oneShot;
    private final LambdaInvoker fallback;
    private final java.util.Set<String> usedKeys = new java.util.HashSet<>();

    private LambdaRoutes(Builder builder) {
        this.standing = new LinkedHashMap<>(builder.standing);
        this.oneShot = new LinkedHashMap<>();
        builder.oneShot.forEach((key, queue) -> oneShot.put(key, new ArrayDeque<>(queue)));
        this.fallback = builder.fallback;
    }

    /** Routes built on {@code fallback}: every call not routed otherwise goes there. */
    public static Builder to(LambdaInvoker fallback) {
        return new Builder(fallback);
    }

    @Override
    public String invoke(String functionArn, String eventJson) throws LambdaInvocationException {
        Optional<String> queued = keyFor(oneShot.keySet(), functionArn, key -> !oneShot.get(key).isEmpty());
        if (queued.isPresent()) {
            usedKeys.add(queued.get());
            return oneShot.get(queued.get()).poll().invoke(functionArn, eventJson);
        }
        Optional<String> route = keyFor(standing.keySet(), functionArn, key -> true);
        if (route.isPresent()) {
            usedKeys.add(route.get());
            return standing.get(route.get()).invoke(functionArn, eventJson);
        }
        return fallback.invoke(functionArn, eventJson);
    }

    /**
     * Standing routes and mocks that no call has matched so far, e.g. a {@code --lambda} key that names
     * no function the flow calls (a typo, or the name without the stack's prefix).
     */
    public List<String> unmatchedRoutes() {
        return standing.keySet().stream().filter(key -> !usedKeys.contains(key)).toList();
    }

    /** One-shot mocks not used by the end of the call, by key (a test's override that never fired). */
    public Map<String, Integer> unusedOneShots() {
        Map<String, Integer> unused = new LinkedHashMap<>();
        oneShot.forEach((key, queue) -> {
            if (!queue.isEmpty()) {
                unused.put(key, queue.size());
            }
        });
        return unused;
    }

    /** The exact key for {@code arn}, else the first key that {@link #matches} it, among those {@code usable}. */
    private static Optional<String> keyFor(java.util.Set<String> keys, String arn, java.util.function.Predicate<String> usable) {
        if (keys.contains(arn) && usable.test(arn)) {
            return Optional.of(arn);
        }
        return keys.stream().filter(key -> matches(key, arn) && usable.test(key)).findFirst();
    }

    /** Whether {@code key} (ARN, name or name:qualifier) names the function {@code arn} calls. */
    public static boolean matches(String key, String arn) {
        if (key.equals(arn)) {
            return true;
        }
        if (key.startsWith("arn:")) {
            return arn.startsWith(key + ":");
        }
        String called = functionPart(arn);
        return key.equals(called) || (!key.contains(":") && called.startsWith(key + ":"));
    }

    /** {@code arn:aws:lambda:r:a:function:vanity:live} → {@code vanity:live}; a bare name stays itself. */
    static String functionPart(String arn) {
        int at = arn.indexOf(":function:");
        return at < 0 ? arn : arn.substring(at + ":function:".length());
    }

    /** Collects routes; later routes for the same key replace earlier standing ones. */
    public static final class Builder {
        private final LambdaInvoker fallback;
        private final Map<String, LambdaInvoker> standing = new LinkedHashMap<>();
        private final Map<String, List<LambdaInvoker>> oneShot = new LinkedHashMap<>();

        private Builder(LambdaInvoker fallback) {
            this.fallback = fallback;
        }

        /** Every call for {@code key} goes to {@code invoker}, with the flow's ARN. */
        public Builder route(String key, LambdaInvoker invoker) {
            standing.put(key, invoker);
            return this;
        }

        /** Every call for {@code key} goes to the function {@code target} through {@code invoker} (e.g. a sandbox function). */
        public Builder routeTo(String key, String target, LambdaInvoker invoker) {
            return route(key, (arn, event) -> invoker.invoke(target, event));
        }

        /** Every call for {@code key} gets the mock's answer. */
        public Builder mock(String key, LambdaMock mock, SimulationClock clock) {
            return route(key, (arn, event) -> mock.answer(clock));
        }

        /** The next call for {@code key} (after earlier one-shots for it) goes to {@code invoker}. */
        public Builder once(String key, LambdaInvoker invoker) {
            oneShot.computeIfAbsent(key, k -> new ArrayList<>()).add(invoker);
            return this;
        }

        /** The next call for {@code key} (after earlier one-shots for it) gets the mock's answer. */
        public Builder mockOnce(String key, LambdaMock mock, SimulationClock clock) {
            return once(key, (arn, event) -> mock.answer(clock));
        }

        public LambdaRoutes build() {
            return new LambdaRoutes(this);
        }
    }
}
