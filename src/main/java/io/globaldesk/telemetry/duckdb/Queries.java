package io.globaldesk.telemetry.duckdb;

import io.globaldesk.telemetry.ApiCallAggregate;
import io.globaldesk.telemetry.CohortLink;
import io.globaldesk.telemetry.SessionQuery;
import io.globaldesk.telemetry.SessionSummary;
import io.globaldesk.telemetry.QualityAggregate;
import io.globaldesk.telemetry.QualityDimension;
import io.globaldesk.telemetry.QualityGroup;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;
import io.globaldesk.telemetry.TelemetryStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The read side of the DuckDB store. Each query only names the day tables its time range covers. */
final class Queries {

    private static final QualityStats NONE = new QualityStats(0, 0, 0, null, null, null, null, null, null, null, null,
            null, null, null, null);

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    private static final String SCOPE_COLUMNS = "region, isp, edge_node, app_id, platform, sdk_version";
    /** Scopes as SQL orders them by their keys (ascending, nulls last). */
    private static final Comparator<QualityScope> SCOPE_ORDER = Comparator.comparing(QualityScope::region, NULLS_LAST)
            .thenComparing(QualityScope::isp, NULLS_LAST).thenComparing(QualityScope::edgeNode, NULLS_LAST)
            .thenComparing(QualityScope::appId, NULLS_LAST).thenComparing(QualityScope::platform, NULLS_LAST)
            .thenComparing(QualityScope::sdkVersion, NULLS_LAST);

    private final ReadConnections connections;
    private final DayTables sampleDays;
    private final DayTables apiDays;

    Queries(ReadConnections connections, DayTables sampleDays, DayTables apiDays) {
        this.connections = connections;
        this.sampleDays = sampleDays;
        this.apiDays = apiDays;
    }

    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    <T> List<T> list(String sql, List<Object> params, RowReader<T> reader) {
        try {
            Connection c = connections.borrow();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) out.add(reader.read(rs));
                    return out;
                }
            } finally {
                connections.giveBack(c);
            }
        } catch (SQLException e) {
            throw new TelemetryStoreException("telemetry query failed: " + sql, e);
        }
    }

    /** The samples in {@code [from, to)} matching {@code where} (with its params repeated per day table). */
    private String samplesIn(Instant from, Instant to, String columns, String where, List<Object> whereParams,
                             List<Object> params) {
        List<String> parts = new ArrayList<>();
        for (String t : sampleDays.covering(from, to)) {
            parts.add("SELECT " + columns + " FROM " + t + " WHERE ts >= " + Sql.ts(from) + " AND ts < " + Sql.ts(to) + where);
            params.addAll(whereParams);
        }
        return parts.isEmpty() ? null : String.join(" UNION ALL ", parts);
    }

    /** The samples in any of the half-open {@code ranges} matching {@code where}, as {@link #samplesIn} for one. */
    String samplesIn(List<Instant[]> ranges, String columns, String where, List<Object> whereParams,
                             List<Object> params) {
        List<String> parts = new ArrayList<>();
        for (Instant[] r : ranges) {
            String part = samplesIn(r[0], r[1], columns, where, whereParams, params);
            if (part != null) parts.add(part);
        }
        return parts.isEmpty() ? null : String.join(" UNION ALL ", parts);
    }

    /**
     * A session's samples: its links (found by the index on session id) name the numbers to look for, and the days from
     * its first sample on are searched for them; the day tables' min/max of link numbers skip nearly every row group.
     */
    List<QualitySample> sessionSamples(String sessionId) {
        List<long[]> found = list("SELECT link, epoch_us(first_ts) FROM links WHERE session_id = ?", List.of(sessionId),
                rs -> new long[] {rs.getInt(1), rs.getLong(2)});
        if (found.isEmpty()) return List.of();
        long first = found.stream().mapToLong(l -> l[1]).min().orElseThrow();
        String numbers = found.stream().map(l -> Long.toString(l[0])).collect(Collectors.joining(", "));
        Instant from = Sql.instantOfMicros(first);
        List<String> parts = new ArrayList<>();
        for (String v : sampleDays.coveringFrom(from)) {
            parts.add("SELECT " + SampleRows.SELECT + " FROM " + v + " WHERE link IN (" + numbers + ") AND ts >= "
                    + Sql.ts(from));
        }
        if (parts.isEmpty()) return List.of();
        return list(String.join(" UNION ALL ", parts) + " ORDER BY 1, user_id", List.of(), SampleRows::read);
    }

    List<QualitySample> cohortSamples(QualityScope cohort, Instant from, Instant to, int limit) {
        List<Object> where = new ArrayList<>();
        String filter = StatsSql.where(cohort, where);
        List<Object> params = new ArrayList<>();
        String sql = samplesIn(from, to, SampleRows.SELECT, filter, where, params);
        if (sql == null) return List.of();
        return list(sql + " ORDER BY 1 DESC LIMIT " + Math.max(0, limit), params, SampleRows::read);
    }

    QualityStats cohortStats(QualityScope cohort, Instant from, Instant to, String excludeSessionId) {
        List<Object> where = new ArrayList<>();
        String filter = StatsSql.where(cohort, where);
        if (excludeSessionId != null) {
            filter += " AND session_id <> ?";
            where.add(excludeSessionId);
        }
        List<Object> params = new ArrayList<>();
        String sql = samplesIn(from, to, "*", filter, where, params);
        if (sql == null) return NONE;
        return list("SELECT " + StatsSql.SELECT + " FROM (" + sql + ")", params, rs -> StatsSql.read(rs, 1)).getFirst();
    }

    /**
     * A cohort's link figures from the per-minute rollup ({@link LinkHistograms}) for every whole minute of the window
     * that has closed, and from the raw samples for the rest (the window's ragged ends and the live tail). The excluded
     * session is left out of the raw part and the participants by its id, and taken out of the summed buckets with its
     * own samples, which {@code excludedSamples} supplies (only asked for when some minute came from the rollup).
     * Falls back to {@link #cohortLinkExact} for scopes the rollup does not keep.
     */
    CohortLink cohortLink(QualityScope cohort, String excludedIsp, Instant from, Instant to, String excludeSessionId,
                          Supplier<List<QualitySample>> excludedSamples) {
        if (!LinkHistograms.covers(cohort)) return cohortLinkExact(cohort, excludedIsp, from, to, excludeSessionId);
        Split split = split("link_minute_closed", from, to);
        if (split.closed().isEmpty()) return cohortLinkExact(cohort, excludedIsp, from, to, excludeSessionId);
        List<Instant[]> rawRanges = split.raw();

        List<Object> scopeParams = new ArrayList<>();
        String scope = StatsSql.where(cohort, scopeParams);
        if (excludedIsp != null) {
            scope += " AND isp IS DISTINCT FROM ?";
            scopeParams.add(excludedIsp);
        }
        String others = scope;
        List<Object> othersParams = new ArrayList<>(scopeParams);
        if (excludeSessionId != null) {
            others += " AND session_id <> ?";
            othersParams.add(excludeSessionId);
        }
        String minutes = split.minutes();
        List<Object> params = new ArrayList<>(othersParams);
        String who = "SELECT session_id, user_id FROM link_minute_users WHERE " + minutes + others;
        String raw = samplesIn(rawRanges, "session_id, user_id, rtt_ms, loss_pct, jitter_ms", others, othersParams, params);
        if (raw != null) who += " UNION ALL SELECT session_id, user_id FROM (" + raw + ")";
        params.addAll(scopeParams);
        String buckets = "SELECT metric, bucket, n FROM link_minute_hist WHERE " + minutes + scope;
        raw = samplesIn(rawRanges, "rtt_ms, loss_pct, jitter_ms", others, othersParams, params);
        if (raw != null) {
            buckets += " UNION ALL SELECT metric, bucket, n FROM (" + LinkHistograms.rawBuckets("", raw) + ")";
        }
        String sql = "SELECT -1, count(DISTINCT session_id || chr(31) || user_id), count(DISTINCT session_id) FROM ("
                + who + ") UNION ALL SELECT metric, bucket, CAST(sum(n) AS BIGINT) FROM (" + buckets + ") GROUP BY 1, 2";
        LinkHistograms.Counts counts = new LinkHistograms.Counts();
        long[] participants = new long[2];
        list(sql, params, rs -> {
            int metric = rs.getInt(1);
            if (metric < 0) {
                participants[0] = rs.getLong(2);
                participants[1] = rs.getLong(3);
            } else {
                counts.add(metric, rs.getInt(2), rs.getLong(3));
            }
            return metric;
        });
        if (excludeSessionId != null) {
            List<QualitySample> mine = excludedSamples.get().stream()
                    .filter(s -> excludeSessionId.equals(s.sessionId())).toList();
            counts.subtract(mine, cohort, excludedIsp, Set.copyOf(split.closed()));
        }
        return counts.link(participants[0], participants[1]);
    }

    /**
     * A window cut into the whole minutes a rollup has closed ({@code closedTable} lists them), as runs of adjacent
     * minutes, and the ranges around them that only raw samples can answer.
     */
    record Split(List<Instant> closed, List<Instant[]> rolled, List<Instant[]> raw) {

        /** The SQL condition on {@code minute} selecting the rolled-up minutes. */
        String minutes() {
            return rolled.stream().map(r -> "minute >= " + Sql.ts(r[0]) + " AND minute < " + Sql.ts(r[1]))
                    .collect(Collectors.joining(" OR ", "(", ")"));
        }
    }

    private Split split(String closedTable, Instant from, Instant to) {
        Instant firstWhole = from.truncatedTo(ChronoUnit.MINUTES);
        if (firstWhole.isBefore(from)) firstWhole = firstWhole.plusSeconds(60);
        Instant endWhole = to.truncatedTo(ChronoUnit.MINUTES);
        List<Instant> closed = !firstWhole.isBefore(endWhole) ? List.of() : list("SELECT epoch_us(minute) FROM "
                + closedTable + " WHERE minute >= " + Sql.ts(firstWhole) + " AND minute < " + Sql.ts(endWhole)
                + " ORDER BY 1", List.of(), rs -> Sql.instantOfMicros(rs.getLong(1)));
        List<Instant[]> rolled = new ArrayList<>();
        for (Instant m : closed) {
            if (!rolled.isEmpty() && rolled.getLast()[1].equals(m)) rolled.getLast()[1] = m.plusSeconds(60);
            else rolled.add(new Instant[] {m, m.plusSeconds(60)});
        }
        List<Instant[]> raw = new ArrayList<>();
        Instant cursor = from;
        for (Instant[] run : rolled) {
            if (cursor.isBefore(run[0])) raw.add(new Instant[] {cursor, run[0]});
            cursor = run[1];
        }
        if (cursor.isBefore(to)) raw.add(new Instant[] {cursor, to});
        return new Split(closed, rolled, raw);
    }

    /** A cohort's link figures computed from every raw sample in the window: exact, and the slow way. */
    CohortLink cohortLinkExact(QualityScope cohort, String excludedIsp, Instant from, Instant to, String excludeSessionId) {
        List<Object> where = new ArrayList<>();
        String filter = StatsSql.where(cohort, where);
        if (excludedIsp != null) {
            filter += " AND isp IS DISTINCT FROM ?";
            where.add(excludedIsp);
        }
        if (excludeSessionId != null) {
            filter += " AND session_id <> ?";
            where.add(excludeSessionId);
        }
        List<Object> params = new ArrayList<>();
        String sql = samplesIn(from, to, "session_id, user_id, rtt_ms, loss_pct, jitter_ms", filter, where, params);
        if (sql == null) return CohortLink.EMPTY;
        return list("SELECT count(DISTINCT session_id || chr(31) || user_id), count(DISTINCT session_id), count(*), "
                + "quantile_disc(rtt_ms, 0.5), quantile_disc(rtt_ms, 0.9), quantile_disc(loss_pct, 0.5), "
                + "quantile_disc(loss_pct, 0.9), quantile_disc(jitter_ms, 0.5), quantile_disc(jitter_ms, 0.9) FROM ("
                + sql + ")", params, rs -> new CohortLink(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                SampleRows.dbl(rs, 4), SampleRows.dbl(rs, 5), SampleRows.dbl(rs, 6), SampleRows.dbl(rs, 7),
                SampleRows.dbl(rs, 8), SampleRows.dbl(rs, 9))).getFirst();
    }

    List<SessionSummary> findSessions(SessionQuery q) {
        if (q.appIds() != null && q.appIds().isEmpty()) return List.of();
        StringBuilder filter = new StringBuilder();
        List<Object> where = new ArrayList<>();
        if (q.appIds() != null) {
            filter.append(" AND app_id IN (").append(String.join(", ", java.util.Collections.nCopies(q.appIds().size(), "?")))
                    .append(")");
            where.addAll(q.appIds().stream().sorted().toList());
        }
        if (q.appId() != null) {
            filter.append(" AND app_id = ?");
            where.add(q.appId());
        }
        if (q.sessionIdPrefix() != null) {
            filter.append(" AND starts_with(session_id, ?)");
            where.add(q.sessionIdPrefix());
        }
        List<Object> params = new ArrayList<>();
        String sql = samplesIn(q.from(), q.to(), "ts, app_id, session_id, user_id, region, rtt_ms, loss_pct, mos",
                filter.toString(), where, params);
        if (sql == null) return List.of();
        String having = "";
        if (q.userId() != null) {
            having = " HAVING bool_or(user_id = ?)";
            params.add(q.userId());
        }
        return list("SELECT session_id, min(app_id), epoch_us(min(ts)), epoch_us(max(ts)), count(DISTINCT user_id), "
                        + "count(*), string_agg(DISTINCT coalesce(region, 'unknown'), ', ' ORDER BY coalesce(region, 'unknown')), "
                        + "quantile_cont(rtt_ms, 0.95), quantile_cont(loss_pct, 0.95), avg(mos) FROM (" + sql
                        + ") GROUP BY session_id" + having + " ORDER BY 4 DESC, 1 LIMIT " + q.limit(), params,
                rs -> new SessionSummary(rs.getString(1), rs.getString(2), Sql.instantOfMicros(rs.getLong(3)),
                        Sql.instantOfMicros(rs.getLong(4)), rs.getLong(5), rs.getLong(6), rs.getString(7),
                        SampleRows.dbl(rs, 8), SampleRows.dbl(rs, 9), SampleRows.dbl(rs, 10)));
    }

    /**
     * The breakdown over the window's closed minutes from {@link DashboardRollup} and over the rest from raw samples,
     * when the rollup covers the grouping and filter and some minute has closed; else {@link #qualityByExact}.
     */
    List<QualityGroup> qualityBy(QualityDimension groupBy, QualityScope filter, Instant from, Instant to) {
        if (!DashboardRollup.covers(groupBy, filter)) return qualityByExact(groupBy, filter, from, to);
        Split split = split("quality_minute_closed", from, to);
        if (split.closed().isEmpty()) return qualityByExact(groupBy, filter, from, to);
        return DashboardRollup.breakdown(this, split, groupBy, filter);
    }

    /** The breakdown computed from every raw sample of the window: exact, and the slow way for long windows. */
    List<QualityGroup> qualityByExact(QualityDimension groupBy, QualityScope filter, Instant from, Instant to) {
        List<Object> where = new ArrayList<>();
        String f = StatsSql.where(filter, where);
        List<Object> params = new ArrayList<>();
        String sql = samplesIn(from, to, "*", f, where, params);
        if (sql == null) return List.of();
        String key = "coalesce(" + StatsSql.column(groupBy) + ", 'unknown')";
        return list("SELECT " + key + ", " + StatsSql.SELECT + " FROM (" + sql + ") GROUP BY 1 ORDER BY 2 DESC, 1",
                params, rs -> new QualityGroup(rs.getString(1), StatsSql.read(rs, 2)));
    }

    List<QualityGroup> qualityByMinutes(QualityDimension groupBy, QualityScope filter, Instant from, Instant to) {
        List<Object> params = new ArrayList<>();
        String where = StatsSql.where(filter, params);
        StringBuilder perMinute = new StringBuilder("SELECT minute, coalesce(" + StatsSql.column(groupBy)
                + ", 'unknown') k, sum(samples) n, sum(sessions) sessions, sum(users) users");
        StringBuilder outer = new StringBuilder("SELECT k, sum(n), max(sessions), max(users)");
        for (String f : StatsSql.STORED_FIGURES) {
            perMinute.append(", sum(").append(f).append(" * samples) ").append(f).append("_w, sum(samples) FILTER (WHERE ")
                    .append(f).append(" IS NOT NULL) ").append(f).append("_n");
            outer.append(", sum(").append(f).append("_w) / nullif(sum(").append(f).append("_n), 0)");
        }
        String sql = outer + " FROM (" + perMinute + " FROM quality_minute WHERE minute >= " + Sql.ts(from)
                + " AND minute < " + Sql.ts(to) + where + " GROUP BY 1, 2) GROUP BY k ORDER BY 2 DESC, 1";
        return list(sql, params, rs -> new QualityGroup(rs.getString(1), StatsSql.read(rs, 2)));
    }

    List<Instant> minutesWithData(Instant from, Instant to) {
        List<String> parts = new ArrayList<>();
        String range = " WHERE ts >= " + Sql.ts(from) + " AND ts < " + Sql.ts(to);
        for (String t : sampleDays.coveringTables(from, to)) {
            parts.add("SELECT DISTINCT date_trunc('minute', ts) m FROM " + t + range);
        }
        for (String t : apiDays.covering(from, to)) parts.add("SELECT DISTINCT date_trunc('minute', ts) m FROM " + t + range);
        if (parts.isEmpty()) return List.of();
        return list("SELECT DISTINCT epoch_us(m) FROM (" + String.join(" UNION ALL ", parts) + ") ORDER BY 1",
                List.of(), rs -> Sql.instantOfMicros(rs.getLong(1)));
    }

    Optional<Instant> lastAggregatedMinute() {
        return list("SELECT epoch_us(last_minute) FROM aggregate_progress WHERE id = 1", List.of(),
                rs -> Sql.instantOfMicros(rs.getLong(1))).stream().findFirst();
    }

    /**
     * The stored aggregates of the range, ordered by minute, then scope. A minute holds thousands of scopes (one per
     * region × ISP × edge × app × platform × SDK seen), most of them again in the next minute, and turning six key
     * strings a row into Java strings was most of the time (53,000 rows of an hour: 300 of 350 ms); so each distinct
     * scope crosses once, keyed by a hash of its keys, and the rows carry the hash. Should two scopes share a hash, the
     * rows are read again with their keys.
     */
    List<QualityAggregate> qualityAggregates(QualityScope filter, Instant from, Instant to) {
        List<Object> params = new ArrayList<>();
        String where = " FROM quality_minute WHERE minute >= " + Sql.ts(from) + " AND minute < " + Sql.ts(to)
                + StatsSql.where(filter, params);
        String nulls = ", NULL".repeat(StatsSql.WIDTH);
        Map<Long, QualityScope> scopes = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        boolean[] collided = new boolean[1];
        list("WITH q AS MATERIALIZED (SELECT minute, CAST(hash(" + SCOPE_COLUMNS + ") >> 1 AS BIGINT) AS h, "
                + SCOPE_COLUMNS + ", " + StatsSql.STORED + where + ") SELECT NULL, h, " + SCOPE_COLUMNS + nulls
                + " FROM (SELECT DISTINCT h, " + SCOPE_COLUMNS + " FROM q) UNION ALL SELECT epoch_us(minute), h"
                + ", NULL".repeat(6) + ", " + StatsSql.STORED + " FROM q", params, rs -> {
                    long h = rs.getLong(2);
                    long minute = rs.getLong(1);
                    if (rs.wasNull()) {
                        QualityScope scope = scope(rs, 3);
                        QualityScope before = scopes.put(h, scope);
                        if (before != null && !before.equals(scope)) collided[0] = true;
                    } else {
                        rows.add(new Object[] {minute, h, StatsSql.read(rs, 9)});
                    }
                    return h;
                });
        if (collided[0]) return qualityAggregatesWithKeys(where, params);
        Map<Long, Integer> rank = new HashMap<>();
        scopes.entrySet().stream().sorted(Map.Entry.comparingByValue(SCOPE_ORDER))
                .forEach(e -> rank.put(e.getKey(), rank.size()));
        rows.sort(Comparator.comparingLong((Object[] r) -> (Long) r[0]).thenComparingInt(r -> rank.get((Long) r[1])));
        List<QualityAggregate> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new QualityAggregate(Sql.instantOfMicros((Long) r[0]), scopes.get((Long) r[1]), (QualityStats) r[2]));
        }
        return out;
    }

    private List<QualityAggregate> qualityAggregatesWithKeys(String where, List<Object> params) {
        return list("SELECT epoch_us(minute), " + SCOPE_COLUMNS + ", " + StatsSql.STORED + where
                        + " ORDER BY 1, 2, 3, 4, 5, 6, 7", params,
                rs -> new QualityAggregate(Sql.instantOfMicros(rs.getLong(1)), scope(rs, 2), StatsSql.read(rs, 8)));
    }

    private static QualityScope scope(ResultSet rs, int first) throws SQLException {
        return new QualityScope(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5));
    }

    List<ApiCallAggregate> apiCallAggregates(String appId, Instant from, Instant to) {
        List<Object> params = new ArrayList<>();
        String where = "";
        if (appId != null) {
            where = " AND app_id = ?";
            params.add(appId);
        }
        return list("SELECT epoch_us(minute), app_id, api, region, calls, errors, latency_p50, latency_p95, latency_avg "
                        + "FROM api_minute WHERE minute >= " + Sql.ts(from) + " AND minute < " + Sql.ts(to) + where
                        + " ORDER BY 1, 2, 3, 4", params,
                rs -> new ApiCallAggregate(Sql.instantOfMicros(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getLong(6), SampleRows.dbl(rs, 7), SampleRows.dbl(rs, 8),
                        SampleRows.dbl(rs, 9)));
    }
}
