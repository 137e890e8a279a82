package io.globaldesk.telemetry;

import java.time.Instant;
import java.util.List;

/** Everything aggregated for one closed minute. */
public record MinuteAggregates(Instant minute, List<QualityAggregate> quality, List<ApiCallAggregate> apiCalls) {

    public MinuteAggregates {
        quality = List.copyOf(quality);
        apiCalls = List.copyOf(apiCalls);
    }
}
