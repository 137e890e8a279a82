package io.globaldesk.alerting.live;

import io.globaldesk.alerting.Incident;
import io.globaldesk.alerting.IncidentStatus;
import io.globaldesk.alerting.Metric;
import io.globaldesk.alerting.Scope;
import io.globaldesk.alerting.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The alerting tables: incidents, their timeline points and the organizations they affect. */
@Repository
public class IncidentRepository {

    /** An organization an incident affects, and what it was told. */
    public record Affected(String incidentId, UUID organizationId, long affectedUsers, Instant firstSeenAt,
                           Instant notifiedAt, UUID ticketId, Instant resolvedNotifiedAt) {
    }

    /** One figure of the incident's scope in one minute. */
    public record Point(Instant minute, Metric metric, double value, long volume) {
    }

    private final JdbcClient jdbc;

    IncidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a newly opened incident; false when it was stored before (a replay after a restart). */
    public boolean insert(Incident i) {
        Scope s = i.scope();
        return jdbc.sql("""
                        insert into alert_incident (id, kind, region, isp, edge_node, app_id, api, metric, started_at,
                        detected_at, resolved_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do nothing""")
                .params(i.id(), i.kind().name(), s.region(), s.isp(), s.edgeNode(), s.appId(), s.api(), i.metric().name(),
                        ts(i.startedAt()), ts(i.detectedAt()), ts(i.resolvedAt()), i.status().name())
                .update() == 1;
    }

    public void resolve(String id, Instant at) {
        jdbc.sql("update alert_incident set status = 'RESOLVED', resolved_at = ? where id = ? and status = 'FIRING'")
                .params(ts(at), id).update();
    }

    public Optional<Incident> find(String id) {
        return jdbc.sql("select * from alert_incident where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** Incidents newest first, optionally of one status and only those affecting one organization. */
    public List<Incident> list(IncidentStatus status, UUID organization, int limit) {
        StringBuilder sql = new StringBuilder("select i.* from alert_incident i where true");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append(" and i.status = ?");
            params.add(status.name());
        }
        if (organization != null) {
            sql.append(" and exists (select 1 from alert_incident_organization o where o.incident_id = i.id and o.organization_id = ?)");
            params.add(organization);
        }
        sql.append(" order by i.detected_at desc, i.id limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
    }

    public void addPoint(String incidentId, Point p) {
        jdbc.sql("""
                        insert into alert_incident_point (incident_id, minute, metric, value, volume) values (?, ?, ?, ?, ?)
                        on conflict (incident_id, minute, metric) do update set value = excluded.value, volume = excluded.volume""")
                .params(incidentId, ts(p.minute()), p.metric().name(), p.value(), p.volume()).update();
    }

    public List<Point> points(String incidentId) {
        return jdbc.sql("select * from alert_incident_point where incident_id = ? order by minute, metric").param(incidentId)
                .query((rs, n) -> new Point(rs.getTimestamp("minute").toInstant(), Metric.valueOf(rs.getString("metric")),
                        rs.getDouble("value"), rs.getLong("volume"))).list();
    }

    /** Records that an organization is affected; keeps the largest count seen. True when it is new for this incident. */
    public boolean affect(String incidentId, UUID organization, long users, Instant at) {
        int inserted = jdbc.sql("""
                        insert into alert_incident_organization (incident_id, organization_id, affected_users, first_seen_at)
                        values (?, ?, ?, ?) on conflict (incident_id, organization_id) do nothing""")
                .params(incidentId, organization, users, ts(at)).update();
        if (inserted == 0) {
            jdbc.sql("""
                            update alert_incident_organization set affected_users = greatest(affected_users, ?)
                            where incident_id = ? and organization_id = ?""")
                    .params(users, incidentId, organization).update();
        }
        return inserted == 1;
    }

    public List<Affected> affected(String incidentId) {
        return jdbc.sql("select * from alert_incident_organization where incident_id = ? order by affected_users desc, organization_id")
                .param(incidentId).query((rs, n) -> mapAffected(rs)).list();
    }

    public List<UUID> affectedIds(String incidentId) {
        return jdbc.sql("select organization_id from alert_incident_organization where incident_id = ? order by organization_id")
                .param(incidentId).query(UUID.class).list();
    }

    public Optional<Affected> affected(String incidentId, UUID organization) {
        return jdbc.sql("select * from alert_incident_organization where incident_id = ? and organization_id = ?")
                .params(incidentId, organization).query((rs, n) -> mapAffected(rs)).optional();
    }

    public void markNotified(String incidentId, UUID organization, Instant at, UUID ticketId) {
        jdbc.sql("update alert_incident_organization set notified_at = ?, ticket_id = ? where incident_id = ? and organization_id = ?")
                .params(ts(at), ticketId, incidentId, organization).update();
    }

    public void markResolvedNotified(String incidentId, UUID organization, Instant at) {
        jdbc.sql("update alert_incident_organization set resolved_notified_at = ? where incident_id = ? and organization_id = ?")
                .params(ts(at), incidentId, organization).update();
    }

    /** Incidents an organization was affected by since a time, per incident: for health and the at-risk list. */
    public List<Incident> affecting(UUID organization, Instant since) {
        return jdbc.sql("""
                        select i.* from alert_incident i join alert_incident_organization o on o.incident_id = i.id
                        where o.organization_id = ? and i.detected_at >= ? order by i.detected_at""")
                .params(organization, ts(since)).query((rs, n) -> map(rs)).list();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Affected mapAffected(ResultSet rs) throws SQLException {
        return new Affected(rs.getString("incident_id"), rs.getObject("organization_id", UUID.class), rs.getLong("affected_users"),
                instant(rs, "first_seen_at"), instant(rs, "notified_at"), rs.getObject("ticket_id", UUID.class),
                instant(rs, "resolved_notified_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Incident map(ResultSet rs) throws SQLException {
        ScopeKind kind = ScopeKind.valueOf(rs.getString("kind"));
        Scope scope = new Scope(kind, rs.getString("region"), rs.getString("isp"), rs.getString("edge_node"),
                rs.getString("app_id"), rs.getString("api"));
        return new Incident(rs.getString("id"), kind, scope, Metric.valueOf(rs.getString("metric")),
                instant(rs, "started_at"), instant(rs, "detected_at"), instant(rs, "resolved_at"),
                IncidentStatus.valueOf(rs.getString("status")));
    }
}
