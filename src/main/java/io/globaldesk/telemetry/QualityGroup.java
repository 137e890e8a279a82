package io.globaldesk.telemetry;

/** One row of a dashboard breakdown: the value of the grouping key and the quality of its samples. */
public record QualityGroup(String key, QualityStats stats) {
}
