package io.switchboard.stack.cli;

import io.switchboard.stack.sandbox.dynamodb.DownloadManifest;
import io.switchboard.stack.sandbox.dynamodb.DynamoDbLocalLicence;
import io.switchboard.stack.sandbox.dynamodb.DynamoDbLocalSetup;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The command line's side of the licence gate. From source nothing happens (DynamoDB Local is on the
 * class path). In a packaged app, DynamoDB Local is downloaded only once its licence is accepted:
 * earlier (the desktop's dialog, or a previous run) or now, with {@value #FLAG}.
 */
final class DynamoDbLocalConsent {
    static final String FLAG = "--accept-dynamodb-local-licence";

    private final DynamoDbLocalSetup setup;
    private final PrintStream err;

    DynamoDbLocalConsent(DynamoDbLocalSetup setup, PrintStream err) {
        this.setup = setup;
        this.err = err;
    }

    /** @return true when DynamoDB Local can start; false after telling the user why not */
    boolean ensure(boolean acceptedOnCommandLine) throws IOException {
        return switch (setup.need()) {
            case NOTHING -> true;
            case UNAVAILABLE -> {
                err.println("switchboard: " + setup.problem());
                yield false;
            }
            case LICENCE -> {
                err.print(DynamoDbLocalLicence.summaryText(setup.version()));
                err.println(whatIsDownloaded());
                if (!acceptedOnCommandLine) {
                    err.println("The sandbox needs it. To accept the " + DynamoDbLocalLicence.NAME + " and download it, run again with "
                            + FLAG + " (or accept it in the desktop app). Nothing was downloaded.");
                    yield false;
                }
                setup.accept();
                err.println("Accepted (" + FLAG + "); remembered in " + setup.installFolder().getParent() + ".");
                download();
                yield true;
            }
            case DOWNLOAD -> {
                download();
                yield true;
            }
        };
    }

    private String whatIsDownloaded() {
        DownloadManifest manifest = setup.manifest().orElseThrow();
        return "Accepting downloads DynamoDB Local " + setup.version() + " and its libraries (" + manifest.artifacts().size()
                + " files, " + megabytes(manifest.totalBytes()) + ") from " + setup.repository() + " into "
                + setup.installFolder() + ", each checked against the SHA-256 recorded when Switchboard was built.";
    }

    private void download() throws IOException {
        int[] lastTenth = {-1};
        setup.download((done, total, current) -> {
            int tenth = (int) (done * 10 / Math.max(1, total));
            if (tenth != lastTenth[0]) {
                lastTenth[0] = tenth;
                err.println("Downloading DynamoDB Local: " + megabytes(done) + " of " + megabytes(total));
            }
        }, () -> Thread.currentThread().isInterrupted());
        err.println("DynamoDB Local " + setup.version() + " downloaded and verified in " + setup.installFolder() + ".");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
