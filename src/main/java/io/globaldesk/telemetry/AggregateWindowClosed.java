package io.globaldesk.telemetry;

import java.time.Instant;
import java.util.List;

/**
 * An event-time minute was closed and its aggregates are stored: alerting reads them for these scopes with
 * {@link TelemetryStore#qualityAggregates} and {@link TelemetryStore#apiCallAggregates} (minute to minute + 60 s).
 */
public record AggregateWindowClosed(Instant minute, List<QualityScope> qualityScopes, List<ApiCallScope> apiCallScopes) {

    public AggregateWindowClosed {
        qualityScopes = List.copyOf(qualityScopes);
        apiCallScopes = List.copyOf(apiCallScopes);
    }

    static AggregateWindowClosed of(MinuteAggregates aggregates) {
        return new AggregateWindowClosed(aggregates.minute(),
                aggregates.quality().stream().map(QualityAggregate::scope).toList(),
                aggregates.apiCalls().stream().map(a -> new ApiCallScope(a.appId(), a.api(), a.region())).toList());
    }
}
