package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.function.Function;

/** Actions with nothing to simulate (logging, voice): recorded so the transcript shows them. */
final class SettingExecutor implements ActionExecutor {

    private final Function<FlowAction, String> description;

    SettingExecutor(Function<FlowAction, String> description) {
        this.description = description;
    }

    static SettingExecutor flowLogging() {
        return new SettingExecutor(a -> "flow logging " + a.textParameter("FlowLoggingBehavior").orElse("?"));
    }

    static SettingExecutor voice() {
        return new SettingExecutor(a -> "voice set to " + a.textParameter("TextToSpeechVoice").orElse("?")
                + a.textParameter("TextToSpeechEngine").map(e -> " (" + e + ")").orElse(""));
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        state.record(action.identifier(), action.type(), StepKind.SETTING, description.apply(action), Duration.ZERO);
        return ActionOutcome.next();
    }
}
