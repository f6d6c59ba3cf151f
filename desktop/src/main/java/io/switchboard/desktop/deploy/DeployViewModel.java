package io.switchboard.desktop.deploy;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.aws.ConnectInstances;
import io.switchboard.desktop.aws.DeploymentsGateway;
import io.switchboard.desktop.aws.DeploymentsGateway.StackState;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.BackgroundWork;
import io.switchboard.desktop.task.CancelledException;
import io.switchboard.desktop.task.Progress;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.task.TaskHandle;
import io.switchboard.desktop.ui.PageModel;
import io.switchboard.stack.deploy.ChangeSetPreview;
import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.deploy.DeployProgress;
import io.switchboard.stack.deploy.DeployResult;
import io.switchboard.stack.deploy.PlannedChange;
import io.switchboard.stack.deploy.PollSchedule;
import io.switchboard.stack.deploy.StackEventRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Deploy: in the sandbox, how the local cloud provisioned the stack; on AWS, the form → change set
 * preview → confirm → live events → outputs (or the first failure and the rollback), and delete.
 */
public final class DeployViewModel implements PageModel {
    /** Where the page is in a deploy. */
    public enum Stage { FORM, PREPARING, PREVIEW, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final TaskExecutor tasks;
    private final ReadOnlyObjectProperty<Session> session;
    private final SandboxProvisioning sandbox;
    private final DeployInputs inputs;
    private final PollSchedule schedule;

    private final DeployForm form = new DeployForm();
    private final BooleanProperty sandboxMode = new SimpleBooleanProperty(true);
    /** The sandbox is up: Redeploy and Reset can run. */
    private final BooleanProperty sandboxReady = new SimpleBooleanProperty(false);
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.FORM);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty stackStatus = new SimpleStringProperty("");
    private final BooleanProperty stackExists = new SimpleBooleanProperty(false);
    private final StringProperty instancesNote = new SimpleStringProperty("");
    private final StringProperty instancesProblem = new SimpleStringProperty("");
    private final ObservableList<PlannedChange> changes = FXCollections.observableArrayList();
    private final StringProperty previewSummary = new SimpleStringProperty("");
    private final ObservableList<StackEventRecord> events = FXCollections.observableArrayList();
    private final ObservableList<OutputRow> outputs = FXCollections.observableArrayList();
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty failedResource = new SimpleStringProperty("");
    private final StringProperty failureReason = new SimpleStringProperty("");
    private final StringProperty rollbackOutcome = new SimpleStringProperty("");
    private final Queue<StackEventRecord> arrived = new ConcurrentLinkedQueue<>();

    private volatile double lastFraction = -1;
    private volatile String lastMessage = "";
    /** Set by Cancel; the deployer checks it between polls (with the task's own cancel flag). */
    private volatile boolean stopRequested;
    private TaskHandle handle;
    private ChangeSetPreview preview;
    private DeploymentsGateway deployments;
    private boolean shown;
    private boolean loaded;
    private Consumer<Map<String, String>> stackChanged = outputs -> { };

    /** @param schedule how often to poll CloudFormation ({@link PollSchedule#standard()} in the app) */
    public DeployViewModel(TaskExecutor tasks, ReadOnlyObjectProperty<Session> session, SandboxProvisioning sandbox,
                           DeployInputs inputs, PollSchedule schedule) {
        this.tasks = tasks;
        this.session = session;
        this.sandbox = sandbox;
        this.inputs = inputs;
        this.schedule = schedule;
        session.addListener((o, old, now) -> {
            // The same connection with new outputs (this page's own deploy reported them): keep what is shown.
            if (old == null || now == null || old.clients() != now.clients()) {
                connectionChanged(now);
            }
        });
        connectionChanged(session.get());
    }

    /** Told the stack's outputs after a deploy, update or delete, so the other pages use them at once. */
    public void onStackChanged(Consumer<Map<String, String>> listener) {
        stackChanged = listener;
    }

    @Override
    public void shown() {
        shown = true;
        if (!loaded) {
            refresh();
        }
    }

    @Override
    public void hidden() {
        shown = false;
    }

    /** Reads the stack's status and the account's Connect instances again (AWS only). */
    @Override
    public void refresh() {
        Session current = session.get();
        if (current == null || current.isSandbox() || running.get()) {
            return;
        }
        loaded = true;
        instancesProblem.set("");
        problem.set("");
        String stackName = form.stackName().get().trim();
        boolean validName = DeployFormRules.stackName(stackName).isEmpty();
        tasks.submit("Reading the stack and the Connect instances", p -> new Lookup(
                validName ? deployments.stack(stackName) : Optional.empty(), instancesOrProblem(current)),
                this::showLookup, failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }

    /** Starts a deploy: bucket, jar upload and change set, then the preview waits for {@link #confirm()}. */
    public void deploy() {
        List<String> errors = form.errors();
        if (sandboxMode.get() || running.get()) {
            return;
        }
        if (!errors.isEmpty()) {
            problem.set("Fix the form first: " + String.join(" ", errors));
            return;
        }
        String stackName = form.stackName().get().trim();
        Map<String, String> parameters = form.parameters();
        clearOutcome();
        begin(Stage.PREPARING, "Preparing the deploy");
        run("Preparing the deploy of " + stackName, p -> {
            try {
                return deployments.prepare(stackName, inputs.template().get(), inputs.lambdaJar().get(), parameters,
                        listener(p), () -> stopped(p));
            } catch (DeploymentsGateway.DeployCancelled e) {
                throw new CancelledException();
            }
        }, this::showPreview);
    }

    /** Runs the previewed change set and follows its events. */
    public void confirm() {
        if (stage.get() != Stage.PREVIEW || preview == null) {
            return;
        }
        ChangeSetPreview confirmed = preview;
        begin(Stage.RUNNING, "Executing the change set");
        progress.set(0);
        run("Deploying " + confirmed.stackName(), p -> deployments.execute(confirmed, listener(p), () -> stopped(p)), this::showResult);
    }

    /** Drops the previewed change set: nothing changes. */
    public void discard() {
        if (stage.get() != Stage.PREVIEW || preview == null) {
            return;
        }
        ChangeSetPreview dropped = preview;
        preview = null;
        changes.clear();
        stage.set(Stage.FORM);
        result.set("Change set discarded: nothing was changed.");
        Session current = session.get();
        tasks.submit("Discarding the change set", p -> {
            deployments.discard(dropped);
            return null;
        }, done -> { }, failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }

    /** Deletes the stack (the view asks first) and follows its events. */
    public void delete() {
        if (sandboxMode.get() || running.get()) {
            return;
        }
        String stackName = form.stackName().get().trim();
        clearOutcome();
        begin(Stage.RUNNING, "Deleting " + stackName);
        run("Deleting " + stackName, p -> deployments.delete(stackName, listener(p), () -> stopped(p)), this::showResult);
    }

    /** What Redeploy keeps and loses: said before it runs. */
    public static final String REDEPLOY_WARNING = "Redeploy provisions the sandbox's stack again from template.yaml: its"
            + " functions, state machine and tables.\n\nKept: the call log with every call, and the async results.\n"
            + "Lost: the Step Functions executions and their history (the sandbox keeps them in memory only), and any"
            + " execution still running.";
    /** What Reset sandbox loses: said before it runs. */
    public static final String RESET_WARNING = "Reset sandbox deletes everything the sandbox stores, then provisions the"
            + " stack again from template.yaml.\n\nLost: the call log with every call, the async results, and the Step"
            + " Functions executions with their history (running ones are stopped).\nKept: your settings and saved test"
            + " cases.\n\nThis cannot be undone.";

    /** Sandbox only: provisions the stack again from template.yaml (the view asks first); calls are kept. */
    public void redeploySandbox() {
        restartSandbox(false);
    }

    /** Sandbox only: deletes everything the sandbox stores and provisions the stack again (the view asks first). */
    public void resetSandbox() {
        restartSandbox(true);
    }

    private void restartSandbox(boolean wipe) {
        if (!sandboxMode.get() || running.get() || session.get() == null) {
            return;
        }
        if (sandbox.restart() == null) {
            problem.set("This sandbox cannot be provisioned again from here: restart Switchboard.");
            return;
        }
        problem.set("");
        result.set(wipe ? "Resetting the sandbox: every call, async result and execution is deleted." : "Redeploying the sandbox.");
        sandbox.restart().accept(wipe);
    }

    /** Stops the running step. While watching, CloudFormation carries on without us. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        stopRequested = true;
        if (handle != null) {
            handle.cancel();
        }
        running.set(false);
        takeArrivedEvents();
        if (stage.get() == Stage.RUNNING) {
            stage.set(Stage.CANCELLED);
            result.set("Stopped watching " + form.stackName().get().trim() + ". The stack was left as it is:"
                    + " CloudFormation finishes or rolls back the operation on its own. Refresh to see its status.");
        } else {
            stage.set(Stage.FORM);
            result.set("Cancelled before anything was deployed.");
        }
        progressText.set("Cancelled");
    }

    private void connectionChanged(Session now) {
        if (handle != null) {
            handle.cancel();
        }
        running.set(false);
        loaded = false;
        preview = null;
        Bindings.unbindContent(events, sandbox.events());
        progress.unbind();
        progressText.unbind();
        events.clear();
        outputs.clear();
        clearOutcome();
        stage.set(Stage.FORM);
        boolean inSandbox = now == null || now.isSandbox();
        sandboxMode.set(inSandbox);
        sandboxReady.set(inSandbox && now != null);
        deployments = inSandbox ? null : new DeploymentsGateway(now.clients(), schedule);
        if (inSandbox) {
            Bindings.bindContent(events, sandbox.events());
            progress.bind(sandbox.progress());
            progressText.bind(Bindings.createStringBinding(() -> sandbox.log().isEmpty() ? "Starting the sandbox…"
                    : sandbox.log().get(sandbox.log().size() - 1), sandbox.log()));
            if (now != null) {
                now.outputs().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> outputs.add(new OutputRow(e.getKey(), e.getValue())));
                stackStatus.set("Sandbox: stack provisioned from template.yaml");
            } else {
                stackStatus.set("Sandbox: provisioning the stack from template.yaml");
            }
        } else {
            progress.set(0);
            progressText.set("");
            stackStatus.set("");
            stackExists.set(false);
            instancesNote.set("");
            instancesProblem.set("");
            form.showInstances(List.of(), null);
            if (shown) {
                refresh();
            }
        }
    }

    private InstancesOrProblem instancesOrProblem(Session current) {
        try {
            return new InstancesOrProblem(new ConnectInstances(current.clients()).list().stream().map(InstanceChoice::of).toList(), "");
        } catch (RuntimeException e) {
            return new InstancesOrProblem(List.of(), AwsProblems.describe(e, current.target()).text());
        }
    }

    private void showLookup(Lookup lookup) {
        String region = session.get().target().region();
        String stackName = form.stackName().get().trim();
        String currentArn = lookup.stack().map(s -> s.parameters().get("ConnectInstanceArn")).orElse(null);
        lookup.stack().ifPresentOrElse(stack -> {
            stackExists.set(true);
            stackStatus.set("Stack " + stack.name() + " in " + region + ": " + stack.status() + ". Deploy updates it.");
            form.fillFrom(stack.parameters());
            outputs.setAll(rows(stack.outputs()));
        }, () -> {
            stackExists.set(false);
            stackStatus.set("Stack " + stackName + " is not deployed in " + region + " yet. Deploy creates it.");
        });
        form.showInstances(lookup.instances().choices(), currentArn);
        instancesProblem.set(lookup.instances().problem());
        int found = lookup.instances().choices().size();
        instancesNote.set(!lookup.instances().problem().isEmpty() ? ""
                : found == 0 ? "No Amazon Connect instance in " + region + ": deploy without Connect now (functions, tables,"
                        + " state machine) and again once an instance exists, to add the flows."
                : found == 1 ? "One Connect instance in " + region + "."
                : found + " Connect instances in " + region + ": pick the one to install the flows into.");
    }

    private void showPreview(ChangeSetPreview ready) {
        finishRunning();
        progress.set(0); // no resource has changed yet
        if (!ready.hasChanges()) {
            stage.set(Stage.FORM);
            result.set("Nothing to deploy: stack " + ready.stackName() + " already matches this template and these parameters.");
            return;
        }
        preview = ready;
        changes.setAll(ready.changes());
        previewSummary.set(summary(ready));
        stage.set(Stage.PREVIEW);
        progressText.set("Change set ready: confirm to apply it");
    }

    private void showResult(DeployResult outcome) {
        finishRunning();
        String region = session.get().target().region();
        if (outcome instanceof DeployResult.Succeeded done && "DELETE_COMPLETE".equals(done.stackStatus())) {
            stage.set(Stage.SUCCEEDED);
            stackExists.set(false);
            outputs.clear();
            result.set("Stack " + done.stackName() + " deleted.");
            stackChanged.accept(Map.of());
            stackStatus.set("Stack " + done.stackName() + " is not deployed in " + region + ". Deploy creates it.");
        } else if (outcome instanceof DeployResult.Succeeded done) {
            stage.set(Stage.SUCCEEDED);
            stackExists.set(true);
            outputs.setAll(rows(done.outputs()));
            result.set("Deployed: " + done.summary() + ". Calls, Executions and Replay use it now.");
            stackChanged.accept(done.outputs());
            stackStatus.set("Stack " + done.stackName() + " in " + region + ": " + done.stackStatus() + ".");
        } else if (outcome instanceof DeployResult.Failed failed) {
            stage.set(Stage.FAILED);
            stackExists.set(!"DELETE_COMPLETE".equals(failed.stackStatus()));
            failedResource.set(failed.failure().logicalId() + " (" + failed.failure().resourceType() + ") failed");
            failureReason.set(failed.failure().reason());
            rollbackOutcome.set(failed.failure().rollbackOutcome());
            progressText.set(progressText.get() + " — ended " + failed.stackStatus());
            result.set(failed.stackName() + ": " + failed.stackStatus());
            stackStatus.set("Stack " + failed.stackName() + " in " + region + ": " + failed.stackStatus() + ".");
        } else if (outcome instanceof DeployResult.Cancelled cancelled) {
            stage.set(Stage.CANCELLED);
            result.set(cancelled.summary());
        }
    }

    private <T> void run(String description, BackgroundWork<T> work, Consumer<T> onSuccess) {
        Session current = session.get();
        handle = tasks.submit(description, work, onSuccess, failure -> {
            finishRunning();
            if (progress.get() < 0) {
                progress.set(0);
            }
            stage.set(Stage.FORM);
            problem.set(AwsProblems.describe(failure, current.target()).text());
        });
        if (running.get()) {
            handle.message().addListener((o, was, text) -> {
                takeArrivedEvents();
                if (running.get() && !text.isEmpty()) {
                    progressText.set(text);
                }
            });
            handle.progress().addListener((o, was, fraction) -> {
                if (running.get()) {
                    progress.set(fraction.doubleValue());
                }
            });
        }
    }

    private void begin(Stage next, String what) {
        lastFraction = -1;
        lastMessage = "";
        stopRequested = false;
        problem.set("");
        result.set("");
        progress.set(-1);
        progressText.set(what + "…");
        running.set(true);
        stage.set(next);
    }

    private void finishRunning() {
        takeArrivedEvents();
        running.set(false);
        if (lastFraction >= 0) {
            progress.set(lastFraction);
        }
        if (!lastMessage.isEmpty()) {
            progressText.set(lastMessage);
        }
    }

    private void clearOutcome() {
        changes.clear();
        previewSummary.set("");
        arrived.clear();
        if (!sandboxMode.get()) {
            events.clear();
        }
        result.set("");
        problem.set("");
        failedResource.set("");
        failureReason.set("");
        rollbackOutcome.set("");
    }

    /** Reports from the deploying thread: events queue up here and reach the table on the UI thread. */
    private DeployListener listener(Progress p) {
        return new DeployListener() {
            private double fraction = -1;

            private void say(double at, String text) {
                lastMessage = text;
                p.update(at, text);
            }

            @Override
            public void onPhase(String phase) {
                say(fraction, phase);
            }

            @Override
            public void onUpload(long sent, long total) {
                say(total == 0 ? 1 : (double) sent / total, String.format("Uploading the Lambda jar: %.1f of %.1f MB",
                        sent / 1e6, total / 1e6));
            }

            @Override
            public void onEvent(StackEventRecord event) {
                arrived.add(event);
                say(fraction, event.logicalId() + " " + event.status());
            }

            @Override
            public void onProgress(DeployProgress done) {
                fraction = done.fraction();
                lastFraction = fraction;
                say(fraction, done.done() + " of " + done.total() + " resources done");
            }
        };
    }

    private boolean stopped(Progress p) {
        return stopRequested || p.isCancelled();
    }

    private void takeArrivedEvents() {
        for (StackEventRecord event = arrived.poll(); event != null; event = arrived.poll()) {
            events.add(event);
        }
    }

    private static List<OutputRow> rows(Map<String, String> outputs) {
        return outputs.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> new OutputRow(e.getKey(), e.getValue())).toList();
    }

    static String summary(ChangeSetPreview preview) {
        Map<PlannedChange.Action, Long> byAction = preview.changes().stream()
                .collect(java.util.stream.Collectors.groupingBy(PlannedChange::action, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
        long replaced = preview.changes().stream().filter(c -> c.replacement() == PlannedChange.Replacement.TRUE).count();
        StringBuilder text = new StringBuilder(preview.kind() == ChangeSetPreview.Kind.CREATE ? "Creates stack " : "Updates stack ")
                .append(preview.stackName()).append(": ");
        text.append(String.join(", ", byAction.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase()).toList()));
        if (replaced > 0) {
            text.append(" (").append(replaced).append(" replaced: new physical resources)");
        }
        return text.append(". Confirm to apply, or discard to change nothing.").toString();
    }

    private record InstancesOrProblem(List<InstanceChoice> choices, String problem) {
    }

    private record Lookup(Optional<StackState> stack, InstancesOrProblem instances) {
    }

    public DeployForm form() { return form; }
    public BooleanProperty sandboxMode() { return sandboxMode; }
    public BooleanProperty sandboxReady() { return sandboxReady; }
    public ObjectProperty<Stage> stage() { return stage; }
    public BooleanProperty running() { return running; }
    public DoubleProperty progress() { return progress; }
    public StringProperty progressText() { return progressText; }
    public StringProperty problem() { return problem; }
    public StringProperty stackStatus() { return stackStatus; }
    public BooleanProperty stackExists() { return stackExists; }
    public StringProperty instancesNote() { return instancesNote; }
    public StringProperty instancesProblem() { return instancesProblem; }
    public ObservableList<PlannedChange> changes() { return changes; }
    public StringProperty previewSummary() { return previewSummary; }
    public ObservableList<StackEventRecord> events() { return events; }
    public ObservableList<OutputRow> outputs() { return outputs; }
    public StringProperty result() { return result; }
    public StringProperty failedResource() { return failedResource; }
    public StringProperty failureReason() { return failureReason; }
    public StringProperty rollbackOutcome() { return rollbackOutcome; }
}
