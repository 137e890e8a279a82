package io.globaldesk.telemetry;

import java.time.Instant;

/** API calls of one app × API × region in one event-time minute; rates are fractions (0..1). */
public record ApiCallAggregate(Instant minute, String appId, String api, String region, long calls, long errors,
                               Double latencyP50, Double latencyP95, Double latencyAvg) {

    public double errorRate() {
        return calls == 0 ? 0 : (double) errors / calls;
    }

    public double successRate() {
        return calls == 0 ? 0 : 1 - errorRate();
    }
}
