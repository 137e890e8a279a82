package io.globaldesk.alerting.live;

import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.telemetry.ApiCallAggregate;
import io.globaldesk.telemetry.QualityAggregate;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.TelemetryStore;
import io.globaldesk.ticket.OrganizationTicketStats;
import io.globaldesk.ticket.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hourly health scores (0..100) per organization and per region, kept for trend charts, and the at-risk list.
 * <p>
 * An organization starts at 100 and loses points for poor call quality of its apps' sessions in the hour (mean MOS
 * below 4.0, p95 loss above 3 %), for its API error rate above 1 %, for active tickets (1 each, up to 10), for tickets
 * past an SLA target (5 each, up to 20), for a satisfaction score falling week over week or below 4 of 5, and for the
 * incidents that affected it in the last 7 days (3 each, up to 15). A region scores on its call quality and incidents.
 * It is at risk when its score fell by {@value #FALL} points or more in 24 hours, when 2 or more incidents hit it in 7
 * days, when 2 or more of its tickets breached, or when its score is below {@value #LOW}.
 */
@Component
public class HealthScores {

    static final double FALL = 10;
    static final double LOW = 60;
    private static final Logger log = LoggerFactory.getLogger(HealthScores.class);

    /** One hourly score with what it was made of ({@code null} when there was nothing to measure). */
    public record Score(String subjectType, String subject, Instant hour, double score, Double mos, Double lossP95,
                        Double apiErrorRate, Integer openTickets, Integer breachedTickets, Double satisfaction, int incidents) {
    }

    /** A reason an organization is at risk: a message key of the alerting bundle and its argument. */
    public record Reason(String key, String arg) {
    }

    public record AtRisk(UUID organizationId, String name, double score, Double change, List<Reason> reasons) {
    }

    private final ObjectProvider<TelemetryStore> stores;
    private final Organizations organizations;
    private final Tickets tickets;
    private final IncidentRepository incidents;
    private final JdbcClient jdbc;
    private final Clock clock;

    HealthScores(ObjectProvider<TelemetryStore> stores, Organizations organizations, Tickets tickets,
                 IncidentRepository incidents, JdbcClient jdbc, Clock clock) {
        this.stores = stores;
        this.organizations = organizations;
        this.tickets = tickets;
        this.incidents = incidents;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "0 2 * * * *")
    void hourly() {
        try {
            snapshot(clock.instant().truncatedTo(ChronoUnit.HOURS));
        } catch (RuntimeException e) {
            log.error("Health scores could not be computed", e);
        }
    }

    /** Computes and stores every score for the hour ending at {@code hour}; answers them. */
    public List<Score> snapshot(Instant hour) {
        Instant from = hour.minus(Duration.ofHours(1));
        TelemetryStore store = stores.getIfAvailable();
        List<Score> scores = new ArrayList<>();
        for (Organization org : organizations.visibleTo(ProactiveOutreach.SYSTEM)) {
            if (!org.active()) continue;
            scores.add(save(organization(org, store, from, hour)));
        }
        if (store != null) {
            Map<String, double[]> regions = new HashMap<>();   // users, mos*w, w(mos), loss*w, w(loss)
            for (QualityAggregate a : store.qualityAggregates(QualityScope.any(), from, hour)) {
                if (a.scope().region() == null) continue;
                double[] r = regions.computeIfAbsent(a.scope().region(), k -> new double[5]);
                double w = Math.max(1, a.stats().samples());
                r[0] += a.stats().users();
                if (a.stats().mosAvg() != null) { r[1] += a.stats().mosAvg() * w; r[2] += w; }
                if (a.stats().lossP95() != null) { r[3] += a.stats().lossP95() * w; r[4] += w; }
            }
            for (var e : regions.entrySet()) {
                double[] r = e.getValue();
                Double mos = r[2] > 0 ? r[1] / r[2] : null;
                Double loss = r[4] > 0 ? r[3] / r[4] : null;
                int hits = regionIncidents(e.getKey(), hour.minus(Duration.ofDays(7)));
                double score = score(mos, loss, null, null, null, null, null, hits);
                scores.add(save(new Score("REGION", e.getKey(), hour, score, mos, loss, null, null, null, null, hits)));
            }
        }
        return scores;
    }

    Score organization(Organization org, TelemetryStore store, Instant from, Instant hour) {
        double mosSum = 0, mosW = 0, lossSum = 0, lossW = 0;
        long calls = 0, errors = 0;
        if (store != null) {
            for (String app : org.appIds()) {
                for (QualityAggregate a : store.qualityAggregates(new QualityScope(null, null, null, app, null, null), from, hour)) {
                    double w = Math.max(1, a.stats().samples());
                    if (a.stats().mosAvg() != null) { mosSum += a.stats().mosAvg() * w; mosW += w; }
                    if (a.stats().lossP95() != null) { lossSum += a.stats().lossP95() * w; lossW += w; }
                }
                for (ApiCallAggregate a : store.apiCallAggregates(app, from, hour)) {
                    calls += a.calls();
                    errors += a.errors();
                }
            }
        }
        Double mos = mosW > 0 ? mosSum / mosW : null;
        Double loss = lossW > 0 ? lossSum / lossW : null;
        Double errorRate = calls > 0 ? 100.0 * errors / calls : null;
        OrganizationTicketStats t = tickets.statsOf(org.id(), Duration.ofDays(7));
        int hits = incidents.affecting(org.id(), hour.minus(Duration.ofDays(7))).size();
        double score = score(mos, loss, errorRate, t.open(), t.breached(), t.satisfactionRecent(), t.satisfactionBefore(), hits);
        return new Score("ORG", org.id().toString(), hour, score, mos, loss, errorRate, t.open(), t.breached(),
                t.satisfactionRecent(), hits);
    }

    /** The scoring rule of the class comment; every input may be missing. */
    static double score(Double mos, Double lossP95, Double apiErrorRate, Integer open, Integer breached,
                        Double satisfaction, Double satisfactionBefore, int incidents) {
        double s = 100;
        if (mos != null) s -= clamp((4.0 - mos) * 25, 0, 30);
        if (lossP95 != null) s -= clamp((lossP95 - 3) * 2, 0, 15);
        if (apiErrorRate != null) s -= clamp((apiErrorRate - 1) * 3, 0, 15);
        if (open != null) s -= Math.min(open, 10);
        if (breached != null) s -= Math.min(breached * 5, 20);
        if (satisfaction != null) {
            s -= clamp((4 - satisfaction) * 5, 0, 10);
            if (satisfactionBefore != null) s -= clamp((satisfactionBefore - satisfaction) * 10, 0, 10);
        }
        s -= Math.min(incidents * 3, 15);
        return Math.round(clamp(s, 0, 100) * 10) / 10.0;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private int regionIncidents(String region, Instant since) {
        return jdbc.sql("select count(*) from alert_incident where region = ? and detected_at >= ?")
                .params(region, IncidentRepository.ts(since)).query(Integer.class).single();
    }

    private Score save(Score s) {
        jdbc.sql("""
                        insert into alert_health (subject_type, subject, hour, score, mos, loss_p95, api_error_rate, open_tickets,
                        breached_tickets, satisfaction, incidents) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (subject_type, subject, hour) do update set score = excluded.score, mos = excluded.mos,
                        loss_p95 = excluded.loss_p95, api_error_rate = excluded.api_error_rate, open_tickets = excluded.open_tickets,
                        breached_tickets = excluded.breached_tickets, satisfaction = excluded.satisfaction, incidents = excluded.incidents""")
                .params(s.subjectType(), s.subject(), IncidentRepository.ts(s.hour()), s.score(), s.mos(), s.lossP95(),
                        s.apiErrorRate(), s.openTickets(), s.breachedTickets(), s.satisfaction(), s.incidents())
                .update();
        return s;
    }

    /** Stored scores of one subject in [from, to), oldest first: the trend chart. */
    public List<Score> trend(String subjectType, String subject, Instant from, Instant to) {
        return jdbc.sql("select * from alert_health where subject_type = ? and subject = ? and hour >= ? and hour < ? order by hour")
                .params(subjectType, subject, IncidentRepository.ts(from), IncidentRepository.ts(to))
                .query((rs, n) -> map(rs)).list();
    }

    /** The latest stored score of every subject of a type. */
    public List<Score> latest(String subjectType) {
        return jdbc.sql("""
                        select distinct on (subject) * from alert_health where subject_type = ?
                        order by subject, hour desc""").param(subjectType).query((rs, n) -> map(rs)).list();
    }

    /** The score stored for a subject at or before a time. */
    public Optional<Score> at(String subjectType, String subject, Instant at) {
        return jdbc.sql("select * from alert_health where subject_type = ? and subject = ? and hour <= ? order by hour desc limit 1")
                .params(subjectType, subject, IncidentRepository.ts(at)).query((rs, n) -> map(rs)).optional();
    }

    /** Organizations whose health is falling or whose issues repeat, worst first, each with its reasons. */
    public List<AtRisk> atRisk() {
        List<AtRisk> out = new ArrayList<>();
        for (Score s : latest("ORG")) {
            UUID id = UUID.fromString(s.subject());
            Organization org = organizations.find(id).filter(Organization::active).orElse(null);
            if (org == null) continue;
            Double change = at("ORG", s.subject(), s.hour().minus(Duration.ofHours(24))).map(p -> s.score() - p.score()).orElse(null);
            List<Reason> reasons = new ArrayList<>();
            if (change != null && change <= -FALL) reasons.add(new Reason("health.reason.falling", fmt(-change)));
            if (s.incidents() >= 2) reasons.add(new Reason("health.reason.repeat", String.valueOf(s.incidents())));
            if (s.breachedTickets() != null && s.breachedTickets() >= 2) {
                reasons.add(new Reason("health.reason.breached", String.valueOf(s.breachedTickets())));
            }
            if (s.score() < LOW) reasons.add(new Reason("health.reason.low", fmt(s.score())));
            if (!reasons.isEmpty()) out.add(new AtRisk(id, org.name(), s.score(), change, reasons));
        }
        out.sort(java.util.Comparator.comparingDouble(AtRisk::score));
        return out;
    }

    private static String fmt(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }

    private static Score map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Score(rs.getString("subject_type"), rs.getString("subject"), rs.getTimestamp("hour").toInstant(),
                rs.getDouble("score"), (Double) nullable(rs, "mos"), (Double) nullable(rs, "loss_p95"),
                (Double) nullable(rs, "api_error_rate"), (Integer) nullableInt(rs, "open_tickets"),
                (Integer) nullableInt(rs, "breached_tickets"), (Double) nullable(rs, "satisfaction"), rs.getInt("incidents"));
    }

    private static Object nullable(java.sql.ResultSet rs, String c) throws java.sql.SQLException {
        double v = rs.getDouble(c);
        return rs.wasNull() ? null : v;
    }

    private static Object nullableInt(java.sql.ResultSet rs, String c) throws java.sql.SQLException {
        int v = rs.getInt(c);
        return rs.wasNull() ? null : v;
    }
}
