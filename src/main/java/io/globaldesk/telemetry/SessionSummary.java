package io.globaldesk.telemetry;

import java.time.Instant;

/** One call as the session search lists it: who, where and how good, from its samples in the searched window. */
public record SessionSummary(String sessionId, String appId, Instant firstSample, Instant lastSample, long users,
                             long samples, String regions, Double rttP95, Double lossP95, Double mosAvg) {
}
