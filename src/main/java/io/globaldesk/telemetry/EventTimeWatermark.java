package io.globaldesk.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far event time has surely progressed: the latest sample time seen minus the allowed lateness. Replayed telemetry
 * moves it exactly as live telemetry did, so windows close at the same event times either way.
 */
final class EventTimeWatermark {

    private final Duration allowedLateness;
    private Instant latestSeen;

    EventTimeWatermark(Duration allowedLateness) {
        if (allowedLateness.isNegative()) throw new IllegalArgumentException("allowed lateness must not be negative");
        this.allowedLateness = allowedLateness;
    }

    void observe(Instant eventTime) {
        if (latestSeen == null || eventTime.isAfter(latestSeen)) latestSeen = eventTime;
    }

    Optional<Instant> current() {
        return Optional.ofNullable(latestSeen).map(t -> t.minus(allowedLateness));
    }
}
