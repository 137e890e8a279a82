package io.globaldesk.alerting;

import java.time.Instant;
import java.util.Objects;

/** One observation of a time series, as sent to the anomaly detector. */
public record SeriesPoint(Instant ts, double value) {
    public SeriesPoint {
        Objects.requireNonNull(ts, "a series point needs a timestamp");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a series point value must be a finite number, was " + value + " at " + ts);
        }
    }
}
