package io.switchboard.flows.testing;

/** Caller instructions ({@code SendInstruction}) in words. */
final class CallerInstructions {

    private CallerInstructions() {
    }

    static String describe(TestAction input) {
        if (input instanceof TestAction.SendDtmf dtmf) {
            return "caller presses " + dtmf.digits();
        }
        if (input instanceof TestAction.SendUtterance utterance) {
            return "caller says \"" + utterance.text() + "\"";
        }
        return input.getClass().getSimpleName();
    }
}
