package io.switchboard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connect.ConnectLimits;
import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.SameThreadTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplayViewModelTest {
    private Session session;
    private ReplayViewModel model;

    @BeforeEach
    void setUp() {
        session = TestSandbox.session();
        model = new ReplayViewModel(new SameThreadTaskExecutor(), new SimpleObjectProperty<>(session));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void invokingTheVanityTemplate_showsAFlatResponseThatPassesConnectsChecks() {
        model.caller().set("+18003569377");
        model.applyFields();
        model.invoke();

        assertThat(model.problem().get()).isEmpty();
        assertThat(model.response()).isNotEmpty();
        assertThat(model.checks()).extracting(ConnectLimits.Check::rule).contains("Size", "STRING_MAP", "Time");
        assertThat(model.checks()).filteredOn(c -> !c.rule().equals("Time")).allMatch(ConnectLimits.Check::passed);
        assertThat(model.duration().get()).endsWith(" ms");
    }

    @Test
    void saveAsTestCase_afterAnAsyncInvokeThenAVanityInvoke_proposesTheVanityRunsNameAndStatus() {
        model.template().set(model.templates().get(1));
        model.invoke();
        assertThat(model.caseName().get()).isEqualTo("Async wrapper +447700900123");

        model.template().set(model.templates().get(0));
        model.caller().set("+18003569377");
        model.applyFields();
        model.invoke();

        assertThat(model.problem().get()).isEmpty();
        assertThat(model.response()).anySatisfy(r -> assertThat(r).isEqualTo(new ReplayViewModel.ResponseRow("status", "OK")));
        assertThat(model.caseName().get()).isEqualTo("Vanity +18003569377");
        assertThat(model.expectPairs().get()).isEqualTo("status=OK");
    }

    @Test
    void saveAsTestCase_keepsANameAndExpectationTheUserTyped_acrossRuns() {
        model.caller().set("+18003569377");
        model.applyFields();
        model.invoke();
        model.caseName().set("flowers for my aunt");
        model.expectPairs().set("status=OK\nwords=FLOWERS");

        model.caller().set("+447700900123");
        model.applyFields();
        model.invoke();

        assertThat(model.caseName().get()).isEqualTo("flowers for my aunt");
        assertThat(model.expectPairs().get()).isEqualTo("status=OK\nwords=FLOWERS");
    }

    @Test
    void applyToEvent_setsExactlyTheParameterLines_inTheUsersOrder() {
        model.template().set(model.templates().get(2));
        assertThat(model.parameters().get()).contains("count_comfort=5");

        model.parameters().set("count_max=20\ncount=4\nexecution_id=arn:aws:states:us-east-1:000000000000:execution:sm:x");
        model.applyFields();

        assertThat(model.validation().get()).isEmpty();
        assertThat(EventTemplates.parameters(model.event().get()).keySet()).containsExactly("count_max", "count", "execution_id");
        assertThat(EventTemplates.parameters(model.event().get())).containsEntry("count", "4").doesNotContainKey("count_comfort");
        assertThat(model.event().get()).doesNotContain("count_comfort");
    }

    @Test
    void theAsyncPollTemplate_beforeAnyStart_carriesNoMadeUpExecution_andSaysItNeedsOne() {
        model.template().set(model.templates().get(2));

        assertThat(model.event().get()).doesNotContain("arn:aws:states");
        assertThat(model.parameters().get()).contains("execution_id=\n");
        assertThat(model.problem().get()).isEqualTo(ReplayViewModel.NEEDS_EXECUTION);
        model.invoke();
        assertThat(model.problem().get()).isEqualTo(ReplayViewModel.NEEDS_EXECUTION);
        assertThat(model.response()).isEmpty();
    }

    @Test
    void theAsyncPollTemplate_pollsTheExecutionTheLastAsyncStartStarted() {
        model.template().set(model.templates().get(1));
        model.applyFields();
        model.invoke();
        String started = model.response().stream().filter(r -> r.key().equals("execution_id")).findFirst().orElseThrow().value();
        assertThat(started).startsWith("arn:aws:states:");

        model.template().set(model.templates().get(2));

        assertThat(model.problem().get()).isEmpty();
        assertThat(EventTemplates.parameters(model.event().get())).containsEntry("execution_id", started);
        assertThat(model.parameters().get()).contains("execution_id=" + started);
        model.invoke();
        assertThat(model.problem().get()).isEmpty();
        assertThat(model.response()).contains(new ReplayViewModel.ResponseRow("execution_id", started));
    }

    @Test
    void editingBrokenJson_saysWhereAndBlocksInvoke() {
        model.event().set("{ \"Name\": \"ContactFlowEvent\", ");
        assertThat(model.validation().get()).startsWith("Not valid JSON at line 1");

        model.event().set("{\"Name\":\"ContactFlowEvent\",\"Details\":{\"ContactData\":{\"ContactId\":\"c1\"},\"Parameters\":{\"count\":3}}}");
        assertThat(model.validation().get()).contains("\"count\" must be a string");
    }

    @Test
    void connectLimits_flagNestedValuesAndSlowAnswers() {
        var checks = ConnectLimits.check("{\"a\":\"1\",\"b\":{\"c\":\"2\"}}", 4_200);
        assertThat(checks).filteredOn(c -> !c.passed()).extracting(ConnectLimits.Check::rule).containsExactly("STRING_MAP");
        assertThat(checks.get(2).detail()).contains("over the default 3 s");
        assertThat(ConnectLimits.check("{}", 9_000).get(2).passed()).isFalse();
    }
}
