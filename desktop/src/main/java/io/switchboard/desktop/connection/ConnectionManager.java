package io.switchboard.desktop.connection;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.aws.AwsProfiles;
import io.switchboard.desktop.aws.ClientCache;
import io.switchboard.desktop.aws.ConnectionTarget;
import io.switchboard.desktop.aws.Identity;
import io.switchboard.desktop.aws.StacksGateway;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.stack.deploy.StackEventRecord;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Owns the current {@link Session}: boots the sandbox, validates an AWS profile before switching
 * to it, and closes the previous session's clients on every switch.
 */
public final class ConnectionManager implements AutoCloseable {
    public static final String STACK_NAME = "switchboard";

    private final TaskExecutor tasks;
    private final Path dataDir;
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not connected");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final javafx.collections.ObservableList<String> provisioning = javafx.collections.FXCollections.observableArrayList();
    private final javafx.beans.property.DoubleProperty provisioningProgress = new javafx.beans.property.SimpleDoubleProperty(0);
    private final javafx.collections.ObservableList<StackEventRecord> provisioningEvents = javafx.collections.FXCollections.observableArrayList();
    private final Queue<StackEventRecord> arrivedEvents = new ConcurrentLinkedQueue<>();
    private SandboxConnection.Running sandbox;

    /** @param dataDir the user's data folder, or {@code null} for an in-memory sandbox (tests) */
    public ConnectionManager(TaskExecutor tasks, Path dataDir) {
        this.tasks = tasks;
        this.dataDir = dataDir;
    }

    public void useSandbox() {
        status.set("Starting the sandbox…");
        problem.set("");
        startSandbox();
    }

    private void startSandbox() {
        provisioning.clear();
        provisioningEvents.clear();
        var handle = tasks.submit("Starting the sandbox", progress -> {
            if (sandbox == null) {
                sandbox = SandboxConnection.start(dataDir, progress, arrivedEvents::add);
            }
            return sandbox.session();
        }, session -> {
            takeArrivedEvents();
            notice.set(String.join("\n", sandbox.notices()));
            switchTo(session);
        }, failure -> {
            takeArrivedEvents();
            fail("The sandbox did not start: " + AwsProblems.describe(failure, null).text());
        });
        handle.message().addListener((o, old, line) -> {
            takeArrivedEvents();
            if (!line.isBlank()) {
                provisioning.add(line);
            }
        });
        provisioningProgress.bind(handle.progress());
    }

    /** Validates the profile with STS GetCallerIdentity; switches only when it works. */
    public void useProfile(String profile, String region, ConnectionTarget.ProfileFiles files) {
        if (profile == null || profile.isBlank()) {
            problem.set("Pick a profile.");
            return;
        }
        if (region == null || !AwsProfiles.isKnownRegion(region)) {
            problem.set("'" + (region == null ? "" : region) + "' is not an AWS region: pick one from the list (e.g. eu-west-2).");
            return;
        }
        ConnectionTarget target = new ConnectionTarget(profile, region, Map.of(), files);
        status.set("Checking profile " + profile + "…");
        problem.set("");
        tasks.submit("Checking profile " + profile, progress -> open(target), this::switchTo,
                failure -> fail(AwsProblems.describe(failure, target).text()));
    }

    /** Opens a session on {@code target}: whoami, then the stack's outputs. Runs off the UI thread. */
    public static Session open(ConnectionTarget target) {
        ClientCache clients = new ClientCache(target);
        try {
            Identity.CallerIdentity me = new Identity(clients).whoAmI();
            Map<String, String> outputs = new StacksGateway(clients).outputs(STACK_NAME).orElse(Map.of());
            String label = target.profile() + " · " + target.region() + " · " + me.account();
            return new Session(target, label, outputs, clients, CallPlayer.NONE);
        } catch (RuntimeException e) {
            clients.close();
            throw e;
        }
    }

    /**
     * The stack of the current AWS connection was deployed, updated or deleted: every page now reads
     * {@code outputs}, over the same clients, without the user reconnecting.
     */
    public void stackChanged(Map<String, String> outputs) {
        Session current = session.get();
        if (current != null && !current.isSandbox()) {
            switchTo(current.withOutputs(outputs));
        }
    }

    private void switchTo(Session next) {
        Session previous = session.get();
        session.set(next);
        status.set(next.label());
        if (previous != null && previous.clients() != next.clients()) {
            previous.close();
        }
    }

    private void fail(String message) {
        problem.set(message);
        Session current = session.get();
        status.set(current == null ? "Not connected" : current.label());
    }

    public ReadOnlyObjectProperty<Session> session() {
        return session.getReadOnlyProperty();
    }

    /** What the sandbox reported while it provisioned the stack, one line per phase or resource event. */
    public javafx.collections.ObservableList<String> provisioning() {
        return provisioning;
    }

    /** The sandbox's provisioning events (the same records a CloudFormation deploy streams), oldest first. */
    public javafx.collections.ObservableList<StackEventRecord> provisioningEvents() {
        return provisioningEvents;
    }

    /** Moves events the provisioning thread reported into the UI's list (called on the UI thread). */
    private void takeArrivedEvents() {
        for (StackEventRecord event = arrivedEvents.poll(); event != null; event = arrivedEvents.poll()) {
            provisioningEvents.add(event);
        }
    }

    public javafx.beans.property.DoubleProperty provisioningProgress() {
        return provisioningProgress;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /**
     * What the sandbox's start has to tell about the user's data folder, in words (empty when nothing): the
     * earlier sandbox's calls copied from DynamoDB Local's files, a file that could not be read, …
     */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    /** Forgets the notice once the user has read it. */
    public void dismissNotice() {
        notice.set("");
    }

    /** The last connection problem in words (empty when none). */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    @Override
    public void close() throws Exception {
        if (session.get() != null) {
            session.get().close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
