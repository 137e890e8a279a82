package io.globaldesk.telemetry.internal;

import io.globaldesk.telemetry.RetentionReport;
import io.globaldesk.telemetry.RollingAggregator;
import io.globaldesk.telemetry.TelemetryStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes the event-time minutes the watermark has passed every few seconds, and enforces retention once a day. */
@Component
class TelemetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(TelemetryScheduler.class);

    private final RollingAggregator aggregator;
    private final TelemetryStore store;
    private final Clock clock;

    TelemetryScheduler(RollingAggregator aggregator, TelemetryStore store, Clock clock) {
        this.aggregator = aggregator;
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${globaldesk.telemetry.close-windows-every:5s}",
            fixedDelayString = "${globaldesk.telemetry.close-windows-every:5s}")
    void closeDueWindows() {
        try {
            // the aggregator holds its lock (which every ingest request needs) while it closes windows, and its reads
            // wait for the write-ahead log to be loaded: the long wait for the backlog happens here, outside the lock,
            // so that inside it only what was acknowledged meanwhile is waited for
            if (store instanceof WriteAheadTelemetryStore wal) wal.awaitLoaded();
            int closed = aggregator.closeDueWindows().size();
            if (closed > 0) log.debug("Closed {} telemetry minute(s)", closed);
        } catch (RuntimeException e) {
            log.warn("Closing telemetry minutes failed; the next run retries them", e);
        }
    }

    @Scheduled(cron = "${globaldesk.telemetry.retention-cron:0 17 3 * * *}", zone = "UTC")
    void enforceRetention() {
        try {
            RetentionReport report = store.enforceRetention(clock.instant());
            log.info("Telemetry retention: {}", report);
        } catch (RuntimeException e) {
            log.warn("Enforcing telemetry retention failed; it runs again tomorrow", e);
        }
    }
}
