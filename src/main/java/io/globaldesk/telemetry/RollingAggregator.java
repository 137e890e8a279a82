package io.globaldesk.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Closes per-minute windows on event time. Ingest reports what it stored ({@link #observe}); {@link #closeDueWindows}
 * (run by a scheduler, or directly in tests and replays) aggregates every minute that ends at or before the watermark
 * and announces it. Samples arriving after their minute closed are kept raw but do not reopen the minute.
 */
public final class RollingAggregator {

    private final TelemetryStore store;
    private final EventTimeWatermark watermark;
    private final Consumer<AggregateWindowClosed> listener;
    private Instant nextOpenMinute;
    private Instant earliestSeen;

    public RollingAggregator(TelemetryStore store, Duration allowedLateness, Consumer<AggregateWindowClosed> listener) {
        this.store = store;
        this.watermark = new EventTimeWatermark(allowedLateness);
        this.listener = listener;
        this.nextOpenMinute = store.lastAggregatedMinute().map(m -> m.plusSeconds(60)).orElse(null);
    }

    /** Called after a batch was stored durably, with the earliest and latest event time in it. */
    public synchronized void observe(Instant earliest, Instant latest) {
        watermark.observe(latest);
        if (earliestSeen == null || earliest.isBefore(earliestSeen)) earliestSeen = earliest;
    }

    /** True when samples at this event time arrive too late to count in their minute's aggregate. */
    public synchronized boolean isClosed(Instant eventTime) {
        return nextOpenMinute != null && eventTime.isBefore(nextOpenMinute);
    }

    /** Aggregates and announces every minute the watermark has passed; returns what it announced, oldest first. */
    public synchronized List<AggregateWindowClosed> closeDueWindows() {
        Instant wm = watermark.current().orElse(null);
        if (wm == null) return List.of();
        Instant end = wm.truncatedTo(ChronoUnit.MINUTES);
        Instant start = nextOpenMinute != null ? nextOpenMinute : earliestSeen.truncatedTo(ChronoUnit.MINUTES);
        if (!start.isBefore(end)) return List.of();
        List<AggregateWindowClosed> closed = new ArrayList<>();
        for (Instant minute : store.minutesWithData(start, end)) {
            AggregateWindowClosed event = AggregateWindowClosed.of(store.aggregateMinute(minute));
            closed.add(event);
            listener.accept(event);
        }
        nextOpenMinute = end;
        return closed;
    }
}
