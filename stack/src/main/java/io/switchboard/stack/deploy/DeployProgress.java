package io.switchboard.stack.deploy;

/** Resources that reached a final state ({@code done}) out of those the operation touches. */
public record DeployProgress(int done, int total) {

    public DeployProgress {
        if (total < 0 || done < 0) {
            throw new IllegalArgumentException("negative progress " + done + "/" + total);
        }
        done = Math.min(done, total);
    }

    /** 0.0 … 1.0, for a progress bar. */
    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }

    @Override
    public String toString() {
        return done + "/" + total;
    }
}
