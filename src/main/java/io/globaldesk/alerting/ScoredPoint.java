package io.globaldesk.alerting;

import java.time.Instant;

/**
 * The detector's answer for one point.
 *
 * @param score       anomaly score in 0..1; 0.5 is the detector's own decision threshold
 * @param anomaly     whether the point is anomalous ({@code score >= 0.5})
 * @param expected    the baseline the point was compared with
 * @param deviation   robust z-score of the point against that baseline (signed; 0 during warm-up)
 * @param changeStart estimated onset of the current deviation (where the change-point statistic left zero), or
 *                    {@code null} when the series is not deviating
 */
public record ScoredPoint(Instant ts, double value, double score, boolean anomaly, double expected, double deviation, Instant changeStart) {
}
