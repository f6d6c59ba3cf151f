package io.switchboard.desktop.replay;

import io.switchboard.desktop.aws.FunctionsGateway.Invocation;
import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.replay.cases.SuiteRun;
import io.switchboard.desktop.replay.cases.TestCase.InvokeCase;
import io.switchboard.desktop.replay.cases.TestCase.PlayCase;
import io.switchboard.desktop.task.Progress;
import io.switchboard.flows.testing.TestResult;
import java.util.UUID;

/** Runs saved cases on the current connection: Invoke through the stack's functions, Play through the simulator, judged by the case's testing-language document. */
final class SessionCaseRunner implements SuiteRun.Runner {
    private final Session session;
    private final Progress progress;
    private final boolean fast;

    /** @param fast every Play case plays ten times faster than real time, whatever speed it was saved with */
    SessionCaseRunner(Session session, Progress progress, boolean fast) {
        this.session = session;
        this.progress = progress;
        this.fast = fast;
    }

    @Override
    public SuiteRun.Invoked invoke(InvokeCase testCase) {
        var functions = StackFunctions.of(session.outputs());
        String output = functions.get(testCase.function());
        if (output == null) {
            throw new IllegalArgumentException("no function called '" + testCase.function() + "' in this stack (it has "
                    + (functions.isEmpty() ? "none: deploy the stack first" : String.join(", ", functions.keySet())) + ")");
        }
        String arn = session.output(output).orElseThrow(() -> new IllegalStateException(
                "the stack has no " + testCase.function() + " function here: deploy the stack first"));
        // A fresh ContactId per run: the async wrapper names executions after it, and names must be new.
        String event = EventTemplates.withContact(testCase.event(), UUID.randomUUID().toString(),
                EventTemplates.caller(testCase.event()), EventTemplates.parameters(testCase.event()));
        Invocation result = session.functions().invoke(arn, session.isSandbox() ? null : "live", event);
        return new SuiteRun.Invoked(result.payload(), result.functionError(), result.millis());
    }

    @Override
    public TestResult play(String name, PlayCase entry, String document) {
        return CallPlayback.test(session, new PlayRequest(entry.flow(), entry.caller(), entry.attributes(), fast || entry.fast(),
                entry.dtmf(), !Boolean.TRUE.equals(entry.hoursClosed()), entry.flowsFolder()), name, document, progress);
    }
}
