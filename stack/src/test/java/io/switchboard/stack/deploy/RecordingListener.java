package io.switchboard.stack.deploy;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a Deploy view would have shown. */
final class RecordingListener implements DeployListener {

    final List<String> phases = new ArrayList<>();
    final List<long[]> uploads = new ArrayList<>();
    final List<StackEventRecord> events = new ArrayList<>();
    final List<DeployProgress> progress = new ArrayList<>();

    @Override
    public void onPhase(String phase) {
        phases.add(phase);
    }

    @Override
    public void onUpload(long bytesSent, long totalBytes) {
        uploads.add(new long[] {bytesSent, totalBytes});
    }

    @Override
    public void onEvent(StackEventRecord event) {
        events.add(event);
    }

    @Override
    public void onProgress(DeployProgress p) {
        progress.add(p);
    }

    /** "VanityFunction CREATE_COMPLETE" lines, as an event list shows them. */
    List<String> eventLines() {
        return events.stream().map(e -> e.logicalId() + " " + e.status()).toList();
    }

    List<String> progressLines() {
        return progress.stream().map(DeployProgress::toString).toList();
    }
}
