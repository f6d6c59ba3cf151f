package io.switchboard.stack.deploy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports bytes read to a listener as the SDK streams an upload. */
final class ProgressInputStream extends FilterInputStream {

    private static final long REPORT_EVERY = 256 * 1024;

    private final long total;
    private final DeployListener listener;
    private long sent;
    private long lastReported = -1;

    ProgressInputStream(InputStream in, long total, DeployListener listener) {
        super(in);
        this.total = total;
        this.listener = listener;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        advance(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        advance(n);
        return n;
    }

    private void advance(int n) {
        if (n > 0) {
            sent += n;
        }
        boolean finished = n < 0 || sent >= total;
        if ((finished && lastReported != sent) || sent - lastReported >= REPORT_EVERY) {
            lastReported = sent;
            listener.onUpload(sent, total);
        }
    }
}
