package io.globaldesk.telemetry;

/**
 * Quality figures of a set of samples. Percentiles interpolate linearly between ranks; {@code loss} is the worse of the
 * uplink and downlink loss of each sample; {@code mosAvg} is the mean of the samples' {@link MosEstimator} scores.
 * Figures are null when no sample carried the metric.
 */
public record QualityStats(long samples, long sessions, long users,
                           Double rttP50, Double rttP95, Double lossP50, Double lossP95, Double jitterP50, Double jitterP95,
                           Double audioFreezeAvg, Double videoFreezeAvg, Double fpsAvg, Double cpuAppAvg,
                           Double cpuSystemAvg, Double mosAvg) {
}
