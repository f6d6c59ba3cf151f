package io.switchboard.desktop.task;

/** What background work can tell the UI while it runs. */
public interface Progress {
    /** @param fraction 0..1, or a negative number for "unknown" */
    void update(double fraction, String message);

    boolean isCancelled();

    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
