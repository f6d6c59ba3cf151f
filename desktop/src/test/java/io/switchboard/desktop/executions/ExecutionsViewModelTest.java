package io.switchboard.desktop.executions;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent;
import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.SameThreadTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.desktop.ui.CallerNumber;
import io.switchboard.stack.sandbox.Sandbox;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The Executions page's behaviour without a screen: same-thread tasks, the sandbox's Step Functions. */
class ExecutionsViewModelTest {
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private final Session session = TestSandbox.session();
    private final ExecutionsViewModel model = new ExecutionsViewModel(tasks, new SimpleObjectProperty<>(session));

    @Test
    void aSelectedRunningExecution_staysSelectedWhenItFinishes_withItsCallerAndNewHistory() throws Exception {
        String contactId = UUID.randomUUID().toString();
        startAsyncLookup(contactId, "+447700900123", 1500);
        model.shown();
        ExecutionRow running = rowFor(contactId);
        assertThat(running.execution().status()).isEqualTo("RUNNING");

        model.selected().set(running);

        assertThat(model.selected().get().caller().number()).isEqualTo("+447700900123");
        assertThat(model.history()).isNotEmpty();

        Thread.sleep(2_500);
        tasks.advance(Duration.ofSeconds(5));

        ExecutionRow finished = model.selected().get();
        assertThat(finished).isNotNull();
        assertThat(finished.contactId()).isEqualTo(contactId);
        assertThat(finished.execution().status()).isEqualTo("SUCCEEDED");
        assertThat(finished.caller().number()).isEqualTo("+447700900123");
        assertThat(model.history()).anySatisfy(e -> assertThat(e.type()).isEqualTo("ExecutionSucceeded"));
    }

    @Test
    void stop_isOfferedOnlyWhileRunning_andItsQuestionNamesTheExecutionAndTheMaskedCaller() throws Exception {
        String contactId = UUID.randomUUID().toString();
        startAsyncLookup(contactId, "+447700900789", 1500);
        model.shown();
        model.selected().set(rowFor(contactId));

        assertThat(model.canStop().get()).isTrue();
        assertThat(model.stopQuestion()).contains(contactId).contains(CallerNumber.mask("+447700900789"))
                .doesNotContain("+447700900789");

        Thread.sleep(2_500);
        tasks.advance(Duration.ofSeconds(5));

        assertThat(model.selected().get().execution().status()).isEqualTo("SUCCEEDED");
        assertThat(model.canStop().get()).isFalse();
    }

    @Test
    void aPickedHistoryEvent_showsItsWholeDetail_prettyPrinted() {
        String contactId = UUID.randomUUID().toString();
        startAsyncLookup(contactId, "+447700900321", 0);
        model.shown();
        model.selected().set(rowFor(contactId));
        ExecutionEvent longest = model.history().stream()
                .max(java.util.Comparator.comparingInt(e -> e.detail() == null ? 0 : e.detail().length())).orElseThrow();

        model.selectedEvent().set(longest);

        assertThat(longest.detail().length()).isGreaterThan(80);
        assertThat(model.selectedEventDetail().get()).contains(longest.type())
                .contains(ExecutionsViewModel.pretty(longest.detail())).contains("\n  ");
    }

    @Test
    void details_maskTheCallerLikeTheTable_untilTheCallerIsRevealed() {
        String contactId = UUID.randomUUID().toString();
        startAsyncLookup(contactId, "+447700900456", 0);
        model.shown();

        model.selected().set(rowFor(contactId));

        assertThat(model.input().get()).contains(CallerNumber.mask("+447700900456")).doesNotContain("+447700900456");
        assertThat(model.history()).noneSatisfy(e -> assertThat(String.valueOf(e.detail())).contains("+447700900456"));
        assertThat(model.history()).anySatisfy(e -> assertThat(String.valueOf(e.detail())).contains(CallerNumber.mask("+447700900456")));

        model.selected().get().caller().revealed().set(true);

        assertThat(model.input().get()).contains("+447700900456").doesNotContain("•");
        assertThat(model.history()).anySatisfy(e -> assertThat(String.valueOf(e.detail())).contains("+447700900456"));
    }

    @Test
    void callers_fillInWithoutOpeningDetails_eachExecutionDescribedOnce_maskedUntilRevealed() {
        CallerExecutions started = new CallerExecutions(session);
        for (int i = 0; i < 11; i++) {
            started.start("+4477009001" + (10 + i));
        }
        started.startWithoutCaller();
        ExecutionsViewModel page = new ExecutionsViewModel(tasks, new SimpleObjectProperty<>(started.session(session)));
        Sandbox sandbox = TestSandbox.sandbox();
        sandbox.resetStepFunctionsRequestCounts();

        page.shown();
        tasks.advance(Duration.ofSeconds(10));

        assertThat(page.selected().get()).isNull();
        assertThat(page.rows()).hasSize(12).allSatisfy(row -> {
            String caller = started.callers.get(row.contactId());
            assertThat(row.caller().number()).isEqualTo(caller);
            assertThat(row.caller().text().get()).isEqualTo(caller.isEmpty() ? "—" : CallerNumber.mask(caller));
        });
        assertThat(sandbox.stepFunctionsRequestCounts()).containsEntry("DescribeExecution", 12L);

        tasks.advance(Duration.ofSeconds(30)); // 30 more polls list the same executions again
        assertThat(sandbox.stepFunctionsRequestCounts()).containsEntry("DescribeExecution", 12L);

        ExecutionRow called = page.rows().stream().filter(r -> !r.caller().number().isEmpty()).findFirst().orElseThrow();
        called.caller().revealed().set(true);
        assertThat(called.caller().text().get()).isEqualTo(started.callers.get(called.contactId()));
        page.hidden();
    }

    @Test
    void callerLookups_stopWhenThePageIsHidden() {
        CallerExecutions started = new CallerExecutions(session);
        for (int i = 0; i < 5; i++) {
            started.start("+1800555010" + i);
        }
        ExecutionsViewModel page = new ExecutionsViewModel(tasks, new SimpleObjectProperty<>(started.session(session)));
        page.shown();
        tasks.advance(Duration.ofMillis(500)); // two lookups

        page.hidden();
        tasks.advance(Duration.ofSeconds(10));

        assertThat(page.rows()).filteredOn(r -> r.caller().known()).hasSize(2);
        assertThat(tasks.pendingScheduled()).isZero();
    }

    private void startAsyncLookup(String contactId, String caller, int delayMs) {
        String event = EventTemplates.withAttributes(
                EventTemplates.withContact(EventTemplates.text("async-start"), contactId, caller, Map.of("step", "test")),
                Map.of("demo_delay_ms", Integer.toString(delayMs)));
        var answer = session.functions().invoke(session.output("AsyncWrapperFunctionAliasArn").orElseThrow(), null, event);
        assertThat(answer.payload()).contains("\"status\":\"CREATED\"");
    }

    private ExecutionRow rowFor(String contactId) {
        return model.rows().stream().filter(r -> r.contactId().equals(contactId)).findFirst()
                .orElseThrow(() -> new AssertionError("no execution for " + contactId + " in " + model.rows()));
    }
}
