package io.globaldesk.diagnosis;

/**
 * Link quality of a comparison group over a time window: medians and 90th percentiles over all its samples.
 * {@code loss} is, per sample, the worse of uplink and downlink loss ({@code greatest(uplinkLossPct, downlinkLossPct)}),
 * so that a store computing this in SQL gets the same figures as {@link InMemoryDiagnosisInput}. Metrics without any
 * sample are {@code NaN}.
 */
public record CohortStats(int userCount, int sessionCount, long sampleCount,
                          double rttMedianMs, double rttP90Ms,
                          double lossMedianPct, double lossP90Pct,
                          double jitterMedianMs, double jitterP90Ms) {

    public static final CohortStats EMPTY = new CohortStats(0, 0, 0,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public CohortStats {
        if (userCount < 0 || sessionCount < 0 || sampleCount < 0) {
            throw new IllegalArgumentException("cohort counts cannot be negative");
        }
    }
}
