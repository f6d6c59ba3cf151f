package io.switchboard.flows;

import java.nio.file.Path;

/** A file holds no readable flow; {@link #reason()} says why without naming the file (for "FILE: reason" lines). */
public final class FlowFileException extends FlowLoadException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    FlowFileException(Path file, String reason, Throwable cause) {
        super(file + " is " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** E.g. "not valid JSON: ..." or "a legacy console export, not Flow Language: ...". */
    public String reason() {
        return reason;
    }
}
