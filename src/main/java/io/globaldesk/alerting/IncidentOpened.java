package io.globaldesk.alerting;

import java.time.Instant;

public record IncidentOpened(String incidentId, ScopeKind kind, Scope scope, Metric metric, Instant startedAt,
                             Instant detectedAt) implements IncidentEvent {
}
