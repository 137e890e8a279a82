package io.globaldesk.telemetry;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Bounds the telemetry being parsed and stored at once, in bytes and rows. A request that does not fit is refused with a
 * retry-after hint (the HTTP layer answers 429 with {@code Retry-After}); nothing is ever dropped silently. A request
 * larger than the whole budget can never fit and is refused as too large (413) instead.
 */
public final class IngestGate {

    /** What the gate decided for one request. */
    public sealed interface Admission permits Admitted, Overloaded, TooLarge {
    }

    public record Admitted(Permit permit) implements Admission {
    }

    public record Overloaded(Duration retryAfter, String reason) implements Admission {
    }

    public record TooLarge(String reason) implements Admission {
    }

    private final long maxBytes;
    private final long maxRows;
    private final Duration retryAfter;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private final LongSupplier backlog;
    private final long maxBacklog;

    public IngestGate(long maxInFlightBytes, long maxInFlightRows, Duration retryAfter) {
        this(maxInFlightBytes, maxInFlightRows, retryAfter, () -> 0, Long.MAX_VALUE);
    }

    /**
     * Also refuses requests (429) while {@code backlog} (e.g. bytes acknowledged but not yet loaded into the store) is
     * over {@code maxBacklog}.
     */
    public IngestGate(long maxInFlightBytes, long maxInFlightRows, Duration retryAfter, LongSupplier backlog,
                      long maxBacklog) {
        this.backlog = backlog;
        this.maxBacklog = maxBacklog;
        if (maxInFlightBytes <= 0 || maxInFlightRows <= 0) throw new IllegalArgumentException("in-flight limits must be positive");
        this.maxBytes = maxInFlightBytes;
        this.maxRows = maxInFlightRows;
        this.retryAfter = retryAfter;
    }

    /** Admits a request body of this size (its Content-Length, or the largest body accepted when unknown). */
    public Admission admit(long requestBytes) {
        if (requestBytes > maxBytes) return new TooLarge("a request may carry at most " + maxBytes + " bytes, was " + requestBytes);
        long behind = backlog.getAsLong();
        if (behind > maxBacklog) {
            return new Overloaded(retryAfter, "telemetry ingest is " + behind + " bytes behind in loading its write-ahead log");
        }
        if (!reserve(bytes, requestBytes, maxBytes)) {
            return new Overloaded(retryAfter, "telemetry ingest is at its limit of " + maxBytes + " bytes in flight");
        }
        return new Admitted(new Permit(requestBytes));
    }

    public long bytesInFlight() {
        return bytes.get();
    }

    public long rowsInFlight() {
        return rows.get();
    }

    /** Alone, a request is always let through (it cannot wait for room that will never come); else it must fit. */
    private static boolean reserve(AtomicLong counter, long amount, long limit) {
        while (true) {
            long current = counter.get();
            if (current + amount > limit && current > 0) return false;
            if (counter.compareAndSet(current, current + amount)) return true;
        }
    }

    /** Held while one request is parsed and stored; closing it gives its budget back. */
    public final class Permit implements AutoCloseable {
        private final long heldBytes;
        private long heldRows;
        private boolean closed;

        private Permit(long heldBytes) {
            this.heldBytes = heldBytes;
        }

        /** Claims room for the parsed rows; when refused, the request must be answered with {@link #retryAfter()}. */
        public boolean tryAddRows(long count) {
            if (closed) throw new IllegalStateException("the permit was released; it cannot claim rows any more");
            if (!reserve(rows, count, maxRows)) return false;
            heldRows += count;
            return true;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            bytes.addAndGet(-heldBytes);
            rows.addAndGet(-heldRows);
        }
    }
}
