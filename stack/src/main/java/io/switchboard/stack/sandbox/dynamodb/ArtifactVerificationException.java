package io.switchboard.stack.sandbox.dynamodb;

import java.io.IOException;

/** A downloaded file is not the one Switchboard was built with (SHA-256 or size differ); it was not kept. */
public final class ArtifactVerificationException extends IOException {
    private static final long serialVersionUID = 1L;

    public ArtifactVerificationException(String message) {
        super(message);
    }
}
