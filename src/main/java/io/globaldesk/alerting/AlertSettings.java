package io.globaldesk.alerting;

import java.time.Duration;
import java.util.Objects;

/**
 * Alert semantics of the engine.
 *
 * @param anomalyFor    how long a detector anomaly stays pending before firing
 * @param keepFiringFor how long a firing alert stays firing after its condition clears, so a flapping signal is one alert
 * @param minVolume     users (or API calls) a scope needs in a minute before it may alert at all
 */
public record AlertSettings(Duration anomalyFor, Duration keepFiringFor, long minVolume) {
    public AlertSettings {
        Objects.requireNonNull(anomalyFor, "anomalyFor is required");
        Objects.requireNonNull(keepFiringFor, "keepFiringFor is required");
        if (anomalyFor.isNegative() || keepFiringFor.isNegative()) throw new IllegalArgumentException("durations cannot be negative");
        if (minVolume < 1) throw new IllegalArgumentException("minVolume must be at least 1, was " + minVolume);
    }

    public static AlertSettings defaults() {
        return new AlertSettings(Duration.ofMinutes(1), Duration.ofMinutes(5), 30);
    }
}
