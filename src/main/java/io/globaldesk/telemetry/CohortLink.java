package io.globaldesk.telemetry;

/**
 * Link figures of a comparison group (a cohort) over a time window: medians and 90th percentiles (nearest rank) of
 * RTT, loss (per sample the worse of uplink and downlink) and jitter. {@code users} counts distinct users per session.
 * Figures are null when no sample carried the metric.
 */
public record CohortLink(long users, long sessions, long samples, Double rttP50, Double rttP90, Double lossP50,
                         Double lossP90, Double jitterP50, Double jitterP90) {

    public static final CohortLink EMPTY = new CohortLink(0, 0, 0, null, null, null, null, null, null);
}
