package io.globaldesk.alerting;

import java.time.Instant;

public record IncidentResolved(String incidentId, Scope scope, Metric metric, Instant startedAt, Instant resolvedAt)
        implements IncidentEvent {
}
