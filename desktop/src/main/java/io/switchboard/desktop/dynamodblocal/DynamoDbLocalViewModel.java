package io.switchboard.desktop.dynamodblocal;

import io.switchboard.desktop.connection.SandboxPrerequisite;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.task.TaskHandle;
import io.switchboard.stack.sandbox.dynamodb.DownloadManifest;
import io.switchboard.stack.sandbox.dynamodb.DynamoDbLocalLicence;
import io.switchboard.stack.sandbox.dynamodb.DynamoDbLocalSetup;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * First sandbox start in a packaged app: DynamoDB Local's licence terms with Accept / Decline, then the
 * download (progress, cancel), then the sandbox. Nothing is downloaded before Accept; from source
 * (DynamoDB Local on the class path) the sandbox starts at once and nothing is shown.
 */
public final class DynamoDbLocalViewModel implements SandboxPrerequisite {
    /** What the dialog shows. */
    public enum Step {
        /** Nothing to show. */
        HIDDEN,
        /** The licence terms, Accept / Decline. */
        ASKING,
        /** The download's progress, Cancel. */
        DOWNLOADING,
        /** Declined, cancelled or failed: {@link #problem()} says which; try again or use an AWS account. */
        STOPPED
    }

    static final String DECLINED = "You declined the " + DynamoDbLocalLicence.NAME + ". The sandbox runs on DynamoDB Local, so it "
            + "cannot start without it. Connect to your AWS account in Settings instead, or choose Sandbox there to be asked again.";
    static final String CANCELLED = "Download cancelled: the sandbox cannot start without DynamoDB Local. "
            + "Try again, or connect to your AWS account in Settings.";

    private final DynamoDbLocalSetup setup;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.HIDDEN);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Runnable ready = () -> { };
    private Consumer<String> unavailable = reason -> { };
    private TaskHandle download;

    public DynamoDbLocalViewModel(DynamoDbLocalSetup setup, TaskExecutor tasks) {
        this.setup = setup;
        this.tasks = tasks;
    }

    @Override
    public void ensure(Runnable whenReady, Consumer<String> whenUnavailable) {
        this.ready = whenReady;
        this.unavailable = whenUnavailable;
        switch (setup.need()) {
            case NOTHING -> whenReady.run();
            case UNAVAILABLE -> whenUnavailable.accept(setup.problem());
            case LICENCE -> {
                problem.set("");
                step.set(Step.ASKING);
            }
            case DOWNLOAD -> startDownload();
        }
    }

    /** The user accepted the licence: remember it, then download. */
    public void accept() {
        setup.accept();
        startDownload();
    }

    public void decline() {
        stop(DECLINED);
    }

    public void cancel() {
        if (download != null) {
            download.cancel();
        }
        stop(CANCELLED);
    }

    /** From STOPPED: ask again (declined) or download again (cancelled, failed). */
    public void tryAgain() {
        ensure(ready, unavailable);
    }

    /** Closes the dialog without changing anything (the problem stays in the status bar). */
    public void dismiss() {
        step.set(Step.HIDDEN);
    }

    private void startDownload() {
        problem.set("");
        progress.set(0);
        progressText.set("Connecting to " + setup.repository() + "…");
        step.set(Step.DOWNLOADING);
        download = tasks.submit("Downloading DynamoDB Local", work -> {
            setup.download((done, total, current) -> work.update(total == 0 ? 1 : (double) done / total,
                    current.fileName() + " — " + megabytes(done) + " of " + megabytes(total)), work::isCancelled);
            return setup.installFolder();
        }, folder -> {
            step.set(Step.HIDDEN);
            ready.run();
        }, failure -> stop("DynamoDB Local could not be downloaded: " + failure.getMessage()));
        if (step.get() == Step.DOWNLOADING) { // still running (a same-thread executor has already finished)
            progress.bind(download.progress());
            progressText.bind(download.message());
        }
    }

    private void stop(String reason) {
        progress.unbind();
        progressText.unbind();
        problem.set(reason);
        step.set(Step.STOPPED);
        unavailable.accept(reason);
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressText() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public String licenceName() {
        return DynamoDbLocalLicence.NAME;
    }

    public List<String> summary() {
        return DynamoDbLocalLicence.SUMMARY;
    }

    public String awsPage() {
        return DynamoDbLocalLicence.AWS_PAGE;
    }

    public String fileInJar() {
        return DynamoDbLocalLicence.FILE_IN_JAR + " inside DynamoDBLocal-" + setup.version() + ".jar";
    }

    /** What Accept downloads, from where, to where, how big. */
    public String whatIsDownloaded() {
        DownloadManifest manifest = setup.manifest().orElseThrow();
        return "Accept downloads DynamoDB Local " + setup.version() + " and the libraries only it needs (" + manifest.artifacts().size()
                + " files, " + megabytes(manifest.totalBytes()) + ") from " + setup.repository() + " into " + setup.installFolder()
                + ", and checks each against the SHA-256 recorded when this package was built.";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
