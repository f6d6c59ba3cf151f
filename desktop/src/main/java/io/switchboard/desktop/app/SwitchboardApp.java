package io.switchboard.desktop.app;

import io.switchboard.desktop.calls.CallsView;
import io.switchboard.desktop.calls.CallsViewModel;
import io.switchboard.desktop.connection.ConnectionManager;
import io.switchboard.desktop.connection.DataFolder;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.executions.AsyncDemoStarts;
import io.switchboard.desktop.executions.ExecutionsView;
import io.switchboard.desktop.executions.ExecutionsViewModel;
import io.switchboard.desktop.replay.ReplayView;
import io.switchboard.desktop.replay.FlowSource;
import io.switchboard.desktop.replay.RecentFlows;
import io.switchboard.desktop.replay.ReplayViewModel;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.settings.Preferences;
import io.switchboard.desktop.tables.TablesView;
import io.switchboard.desktop.ui.AfterFirstPaint;
import io.switchboard.desktop.tables.TablesViewModel;
import io.switchboard.desktop.settings.SettingsView;
import io.switchboard.desktop.settings.SettingsViewModel;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.deploy.DeployInputs;
import io.switchboard.desktop.deploy.DeployView;
import io.switchboard.desktop.deploy.DeployViewModel;
import io.switchboard.desktop.deploy.SandboxProvisioning;
import io.switchboard.stack.deploy.PollSchedule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

/**
 * The desktop console and its composition root: gateways → view models → views, wired by hand.
 * Starts in the sandbox; Settings switches to an AWS profile.
 */
public final class SwitchboardApp extends Application {
    private static final int CALLS = 1;
    private static final int EXECUTIONS = 2;
    private FxTaskExecutor tasks;
    private ConnectionManager connections;

    @Override
    public void start(Stage stage) {
        Path data = DataFolder.resolve();
        tasks = new FxTaskExecutor();
        connections = new ConnectionManager(tasks, data);
        Preferences preferences = new Preferences(data.resolve("settings.properties"));
        Theme.useUserAgent(preferences.dark().get()); // before any control exists: JavaFX then never loads Modena

        PageLinks links = new PageLinks();
        // Only the page the window opens on is built before show(); the others on first navigation.
        List<Page> pages = List.of(
                new Page("Deploy", Feather.UPLOAD_CLOUD, () -> {
                    DeployViewModel deploy = new DeployViewModel(tasks, connections.session(), new SandboxProvisioning(
                            connections.provisioningEvents(), connections.provisioningProgress(), connections.provisioning(),
                            connections::restartSandbox), DeployInputs.installed(), PollSchedule.standard());
                    deploy.onStackChanged(connections::stackChanged);
                    return new Page.Content(new DeployView(deploy), deploy);
                }),
                new Page("Calls", Feather.PHONE_INCOMING, () -> {
                    CallsViewModel calls = new CallsViewModel(tasks, connections.session(), preferences.refreshSeconds(), Clock.systemUTC(), ZoneId.systemDefault());
                    calls.hiddenColumns().bindBidirectional(preferences.callsHiddenColumns());
                    calls.links().set(links);
                    demoTraffic(calls);
                    return new Page.Content(new CallsView(calls), calls);
                }),
                new Page("Executions", Feather.ACTIVITY, () -> {
                    ExecutionsViewModel executions = new ExecutionsViewModel(tasks, connections.session());
                    executions.linkCalls(links::openCall);
                    demoExecutions(executions);
                    return new Page.Content(new ExecutionsView(executions), executions);
                }),
                new Page("Replay", Feather.PLAY_CIRCLE, () -> {
                    ReplayViewModel replay = new ReplayViewModel(tasks, connections.session(), new TestCaseStore(data.resolve("test-cases")),
                            new RecentFlows(data.resolve("recent-flows.properties")));
                    demoReplay(replay);
                    return new Page.Content(new ReplayView(replay), replay);
                }),
                new Page("Tables", Feather.DATABASE, () -> {
                    TablesViewModel tables = new TablesViewModel(tasks, connections.session(), ZoneId.systemDefault());
                    demoTables(tables);
                    return new Page.Content(new TablesView(tables), tables);
                }),
                new Page("Settings", Feather.SETTINGS, () -> {
                    SettingsViewModel settings = new SettingsViewModel(connections, tasks, preferences, null);
                    return new Page.Content(new SettingsView(settings), settings);
                }));
        if (Integer.getInteger("switchboard.demoCalls", 0) > 0) {
            pages.get(CALLS).model(); // the demo plays its calls through the Calls page, whichever page is open
        }
        if (Integer.getInteger("switchboard.demoExecutions", 0) > 0) {
            pages.get(EXECUTIONS).model();
        }

        Shell shell = new Shell(pages, connections.status(), tasks);
        shell.showNotices(connections.notice(), connections::dismissNotice);
        links.attach(shell, pages);
        shell.select(initialPage(pages));
        Scene scene = new Scene(shell, 1400, 860);
        Theme.apply(scene, preferences.dark().get());
        preferences.dark().addListener((o, was, dark) -> Theme.apply(scene, dark));
        installShortcuts(scene, shell, preferences);

        stage.setTitle("Switchboard");
        stage.setScene(scene);
        stage.iconifiedProperty().addListener((o, was, minimised) -> shell.windowShowing(!minimised));
        StartupReport.install(stage, connections.session());
        stage.show();
        // The sandbox boots once the first page is complete: on two cores its boot would slow the page's build.
        AfterFirstPaint.run(scene, connections::useSandbox);
    }

    /** {@code -Dswitchboard.demoCalls=N}: plays N calls once the sandbox is up (screenshots, demos). */
    private void demoTraffic(CallsViewModel calls) {
        int count = Integer.getInteger("switchboard.demoCalls", 0);
        if (count > 0) {
            calls.simulateCount().set(count);
            whenFirstSession(session -> {
                if (session.isSandbox()) {
                    calls.simulate();
                }
            });
        }
    }

    /**
     * {@code -Dswitchboard.demoExecutions=N}: once the sandbox is up, starts N async-demo executions
     * through the async wrapper's Lambda (most succeed, one fails, one keeps running) and selects the
     * first when it has finished ({@code -Dswitchboard.demoSelect=failed}: the one that fails;
     * {@code -Dswitchboard.demoState=NAME} picks a state on its graph);
     * {@code -Dswitchboard.executionsTab=timeline} shows its timeline (screenshots, demos).
     */
    private void demoExecutions(ExecutionsViewModel executions) {
        int count = Integer.getInteger("switchboard.demoExecutions", 0);
        if (count <= 0) {
            return;
        }
        executions.detailsTab().set(System.getProperty("switchboard.executionsTab", "graph"));
        boolean failed = "failed".equals(System.getProperty("switchboard.demoSelect")) && count > 2;
        executions.diagram().selectedState().set(System.getProperty("switchboard.demoState")); // its details beside the graph
        whenFirstSession(session -> {
            String wrapper = session.output("AsyncWrapperFunctionAliasArn").orElse("");
            if (session.isSandbox() && !wrapper.isEmpty()) {
                tasks.submit("Starting async-demo executions",
                        progress -> new AsyncDemoStarts(session.functions(), wrapper, 7).start(count, progress),
                        started -> executions.selectWhenFinished(started.get(failed ? count - 2 : 0)),
                        failure -> executions.problem().set("Demo executions: " + failure.getMessage()));
            }
        });
    }

    /**
     * {@code -Dswitchboard.replayDemo=FLOW}: opens Replay's Play tab and plays FLOW (a shipped flow's name or
     * a flow file, whose folder then serves its transfers) fast once the sandbox is up (screenshots).
     */
    private void demoReplay(ReplayViewModel replay) {
        String flow = System.getProperty("switchboard.replayDemo", "");
        if (!flow.isBlank()) {
            replay.tab().set("play");
            replay.play().flow().set(flow);
            if (FlowSource.isFile(flow)) {
                replay.play().flows().openFile(Path.of(flow)); // as the user would: it becomes a recent file
            }
            whenFirstSession(session -> replay.play().play());
        }
    }

    /**
     * {@code -Dswitchboard.tablesDemo=SECONDS}: that long after the sandbox is up (simulated calls recorded
     * meanwhile), lists the call log again and opens its first call's item (screenshots, demos).
     */
    private void demoTables(TablesViewModel tables) {
        int seconds = Integer.getInteger("switchboard.tablesDemo", 0);
        if (seconds > 0) {
            whenFirstSession(session -> tasks.schedule(java.time.Duration.ofSeconds(seconds), tables::openFirstItem));
        }
    }

    /** Runs {@code action} once, with the first session: now if there is one already, else when it arrives. */
    private void whenFirstSession(Consumer<Session> action) {
        Session now = connections.session().get();
        if (now != null) {
            action.accept(now);
            return;
        }
        connections.session().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Session> o, Session old, Session session) {
                if (session != null) {
                    connections.session().removeListener(this);
                    action.accept(session);
                }
            }
        });
    }

    private static int initialPage(List<Page> pages) {
        String wanted = System.getProperty("switchboard.page", "Calls");
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).title().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return CALLS;
    }

    private static void installShortcuts(Scene scene, Shell shell, Preferences preferences) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6};
        for (int i = 0; i < digits.length; i++) {
            int page = i;
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> shell.select(page));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), shell::refreshCurrent);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                () -> preferences.dark().set(!preferences.dark().get()));
    }

    @Override
    public void stop() throws Exception {
        if (connections != null) {
            connections.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
