package io.globaldesk.diagnosis;

import java.util.Objects;

/**
 * One measurement behind a verdict: {@code value} of {@code metric} as seen in {@code scope}, next to the
 * {@code baseline} it was judged against (a threshold, or what a comparison group measured at the same time).
 * Metric names are the sample's field names ({@code rttMs}, {@code uplinkLossPct}, {@code cpuSystemPct}, ...), plus
 * {@code lossPct}, the worse of uplink and downlink loss.
 */
public record Evidence(String metric, double value, double baseline, EvidenceScope scope) {
    public Evidence {
        Objects.requireNonNull(metric, "evidence needs a metric name");
        Objects.requireNonNull(scope, "evidence needs a scope");
    }
}
