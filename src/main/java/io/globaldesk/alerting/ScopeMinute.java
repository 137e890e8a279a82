package io.globaldesk.alerting;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One minute of aggregates for one scope, as the telemetry module produces them: metric values (percentiles, rates, MOS)
 * and the volume behind them (users for network quality, calls for API errors).
 */
public final class ScopeMinute {
    private static final Metric[] METRICS = Metric.values();
    private final Scope scope;
    private final Instant minute;
    private final double[] values;
    private final long volume;

    public ScopeMinute(Scope scope, Instant minute, Map<Metric, Double> metrics, long volume) {
        this.scope = Objects.requireNonNull(scope, "a scope minute needs a scope");
        this.minute = Objects.requireNonNull(minute, "a scope minute needs its minute");
        if (minute.getEpochSecond() % 60 != 0 || minute.getNano() != 0) {
            throw new IllegalArgumentException("a scope minute must start on a whole minute, was " + minute);
        }
        if (volume < 0) throw new IllegalArgumentException("volume cannot be negative, was " + volume);
        this.volume = volume;
        this.values = new double[METRICS.length];
        Arrays.fill(values, Double.NaN);
        for (var e : metrics.entrySet()) {
            double v = Objects.requireNonNull(e.getValue(), "metric " + e.getKey() + " has no value");
            if (!Double.isFinite(v)) throw new IllegalArgumentException("metric " + e.getKey() + " must be finite, was " + v);
            if (e.getKey().kind() != scope.kind()) {
                throw new IllegalArgumentException(e.getKey() + " is not a " + scope.kind() + " metric");
            }
            values[e.getKey().ordinal()] = v;
        }
    }

    public Scope scope() {
        return scope;
    }

    public Instant minute() {
        return minute;
    }

    public long volume() {
        return volume;
    }

    /** The metric's value, or NaN when this minute has none. */
    public double value(Metric m) {
        return values[m.ordinal()];
    }

    public boolean has(Metric m) {
        return !Double.isNaN(values[m.ordinal()]);
    }
}
