package io.switchboard.stack.deploy;

/**
 * What a deployment (or a sandbox provisioning) reports while it runs. Called on the deploying
 * thread; a UI hands each call over to its own thread. Every method has a do-nothing default.
 */
public interface DeployListener {

    /** A do-nothing listener. */
    DeployListener NONE = new DeployListener() { };

    /** A new step began, in words a user can read ("Uploading the Lambda jar"). */
    default void onPhase(String phase) { }

    /** Bytes of an upload sent so far, out of {@code totalBytes}. */
    default void onUpload(long bytesSent, long totalBytes) { }

    /** A stack event, in the order it happened, each one once. */
    default void onEvent(StackEventRecord event) { }

    /** Resources finished so far. */
    default void onProgress(DeployProgress progress) { }
}
