package io.globaldesk.telemetry.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that fails with {@link LimitExceeded} once more than {@code limit} bytes were read from it. */
final class BoundedInputStream extends FilterInputStream {

    static final class LimitExceeded extends IOException {
        LimitExceeded(long limit) {
            super("the body is longer than " + limit + " bytes");
        }
    }

    private final long limit;
    private long read;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) count(n);
        return n;
    }

    private void count(long n) throws IOException {
        read += n;
        if (read > limit) throw new LimitExceeded(limit);
    }
}
