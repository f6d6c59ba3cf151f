package io.switchboard.flows.testing;

/**
 * What one action of an observation did: an assertion's verdict with expected vs seen, or an
 * instruction / override carried out (PASSED) or not carried out offline.
 *
 * @param description the action in one line
 * @param expected    for an assertion, what the document expects; otherwise ""
 * @param seen        for an assertion, what the call had; otherwise a note (e.g. why not reproducible)
 */
public record ActionResult(String identifier, String description, Verdict verdict, String expected, String seen) {

    static ActionResult done(TestAction action, String description, String note) {
        return new ActionResult(action.identifier(), description, Verdict.PASSED, "", note);
    }

    static ActionResult notReproducible(TestAction action, String description, String reason) {
        return new ActionResult(action.identifier(), description, Verdict.NOT_REPRODUCIBLE_OFFLINE, "", reason);
    }
}
