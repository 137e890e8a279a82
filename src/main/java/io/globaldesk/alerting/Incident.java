package io.globaldesk.alerting;

import java.time.Instant;

/**
 * One real problem in one scope.
 *
 * @param startedAt  estimated onset (where the deviation began)
 * @param detectedAt event time at which the alert fired
 * @param resolvedAt event time of resolution, {@code null} while firing
 */
public record Incident(String id, ScopeKind kind, Scope scope, Metric metric, Instant startedAt, Instant detectedAt,
                       Instant resolvedAt, IncidentStatus status) {

    Incident resolve(Instant at) {
        return new Incident(id, kind, scope, metric, startedAt, detectedAt, at, IncidentStatus.RESOLVED);
    }
}
