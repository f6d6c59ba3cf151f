package io.switchboard.desktop.connection;

/** How far the sandbox's provisioning is, in words: resources it skipped (not emulated) are not counted as ready. */
public final class ProvisioningCount {
    private ProvisioningCount() {
    }

    /**
     * @param done    resources handled so far, skipped ones included (the progress model's count)
     * @param skipped of those, how many the sandbox does not emulate
     */
    public static String text(int done, int skipped, int total) {
        String ready = (done - skipped) + " of " + total + " resources ready";
        return skipped == 0 ? ready : ready + ", " + skipped + " skipped (not emulated in the sandbox)";
    }
}
