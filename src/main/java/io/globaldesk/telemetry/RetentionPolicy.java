package io.globaldesk.telemetry;

import java.time.Period;

/** How long raw telemetry and per-minute aggregates are kept. */
public record RetentionPolicy(Period raw, Period aggregates) {

    public RetentionPolicy {
        if (raw.isNegative() || raw.isZero()) throw new IllegalArgumentException("raw retention must be positive, was " + raw);
        if (aggregates.toTotalMonths() * 31 + aggregates.getDays() < raw.toTotalMonths() * 31 + raw.getDays()) {
            throw new IllegalArgumentException("aggregates must be kept at least as long as raw data, was "
                    + aggregates + " < " + raw);
        }
    }

    /** 30 days of raw data, 13 months of aggregates. */
    public static RetentionPolicy defaults() {
        return new RetentionPolicy(Period.ofDays(30), Period.ofMonths(13));
    }
}
