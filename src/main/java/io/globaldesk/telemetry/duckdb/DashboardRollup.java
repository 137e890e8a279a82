package io.globaldesk.telemetry.duckdb;

import io.globaldesk.telemetry.QualityDimension;
import io.globaldesk.telemetry.QualityGroup;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What lets the raw-sample dashboard breakdown ({@code qualityBy}) answer a long window from closed minutes instead of
 * scanning every raw sample of it. When a minute closes, beside {@code quality_minute} (sample counts and means) and the
 * link rollup's histograms ({@link LinkHistograms}: RTT, loss and jitter per region × ISP × edge node), this keeps the
 * minute's distinct participants per region × ISP × edge node — session, app and user — so that the sessions and users
 * of a window are counted exactly, not summed per minute; and marks the minute closed for it.
 * <p>A breakdown served this way, for the closed minutes of its window (the rest still comes from raw samples):
 * samples, sessions and users are exact; percentiles are the nearest-rank quantiles of the summed histograms, so within
 * 2 % of the exact one (the raw path interpolates between ranks; on large groups the two agree to the bucket); means are
 * the sample-weighted means of the per-minute means, exact unless some samples of a scope-minute lack the figure.
 * Samples stored after their minute closed are counted by the raw path only. It serves filters and groupings by region,
 * ISP and edge node, which the histograms keep; app, platform and SDK version breakdowns stay on raw samples.
 */
final class DashboardRollup {

    static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS quality_minute_users (minute TIMESTAMP NOT NULL, region VARCHAR, isp VARCHAR,
                edge_node VARCHAR, app_id VARCHAR NOT NULL, session_id VARCHAR NOT NULL, user_id VARCHAR NOT NULL);
            CREATE TABLE IF NOT EXISTS quality_minute_closed (minute TIMESTAMP NOT NULL PRIMARY KEY);
            """;

    /** The tables of this rollup, which go with the raw samples they stand for at retention. */
    static final List<String> TABLES = List.of("quality_minute_users", "quality_minute_closed");

    /** The stored means of {@code quality_minute}, in the order of {@link StatsSql#SELECT}, and their raw columns. */
    private static final List<String> MEANS = StatsSql.STORED_FIGURES.subList(6, 12);
    private static final List<String> RAW_MEANS = List.of("audio_freeze_pct", "video_freeze_pct", "fps", "cpu_app_pct",
            "cpu_system_pct", "mos");

    private DashboardRollup() {
    }

    /** Whether a breakdown by {@code groupBy} within {@code filter} can be served from the rollup. */
    static boolean covers(QualityDimension groupBy, QualityScope filter) {
        return LinkHistograms.covers(filter) && (groupBy == QualityDimension.REGION || groupBy == QualityDimension.ISP
                || groupBy == QualityDimension.EDGE_NODE);
    }

    /**
     * The statements that (re)build one minute's participants from {@code raw}, a query over that minute's samples (null
     * when there are none), and mark the minute closed.
     */
    static List<String> replace(String minute, String raw) {
        List<String> sql = new ArrayList<>(List.of("DELETE FROM quality_minute_users WHERE minute = " + minute));
        if (raw != null) {
            sql.add("INSERT INTO quality_minute_users SELECT DISTINCT " + minute + ", region, isp, edge_node, app_id, "
                    + "session_id, user_id FROM (" + raw + ")");
        }
        sql.add("INSERT INTO quality_minute_closed VALUES (" + minute + ") ON CONFLICT DO NOTHING");
        return sql;
    }

    /**
     * The breakdown with the closed minutes of {@code split} from the rollup and the rest from raw samples (see above);
     * the caller has checked that the rollup {@link #covers} it.
     */
    static List<QualityGroup> breakdown(Queries queries, Queries.Split split, QualityDimension groupBy,
                                        QualityScope filter) {
        String column = StatsSql.column(groupBy);
        String key = "coalesce(" + column + ", 'unknown')";
        List<Object> scopeParams = new ArrayList<>();
        String scope = StatsSql.where(filter, scopeParams);
        String rolled = " WHERE " + split.minutes() + scope;
        List<Object> rawParams = new ArrayList<>();
        String raw = queries.samplesIn(split.raw(), "*", scope, scopeParams, rawParams);
        String rawCte = raw == null ? "" : "raw AS (" + raw + "), ";

        // samples and means from quality_minute (its keys are stored coalesced), distinct participants, per key
        StringBuilder sums = new StringBuilder("SELECT " + column + " AS k, samples AS w");
        StringBuilder rawSums = new StringBuilder(" UNION ALL SELECT " + key + ", 1");
        StringBuilder means = new StringBuilder();
        for (int i = 0; i < MEANS.size(); i++) {
            String f = MEANS.get(i);
            sums.append(", ").append(f);
            rawSums.append(", ").append(RAW_MEANS.get(i));
            means.append(", sum(").append(f).append(" * w) / nullif(sum(w) FILTER (WHERE ").append(f)
                    .append(" IS NOT NULL), 0)");
        }
        sums.append(" FROM quality_minute").append(rolled);
        String people = "SELECT " + key + " AS k, session_id, app_id, user_id FROM quality_minute_users" + rolled;
        if (raw != null) {
            sums.append(rawSums).append(" FROM raw");
            people += " UNION ALL SELECT " + key + ", session_id, app_id, user_id FROM raw";
        }
        List<Object> params = new ArrayList<>(rawParams);
        params.addAll(scopeParams);
        params.addAll(scopeParams);
        Map<String, Long[]> counts = new HashMap<>();
        Map<String, Double[]> meanValues = new HashMap<>();
        queries.list("WITH " + rawCte + "s AS (SELECT k, CAST(sum(w) AS BIGINT) AS n" + means + " FROM (" + sums + ") GROUP BY k), "
                + "p AS (SELECT k, count(DISTINCT session_id) AS sessions, count(DISTINCT app_id || chr(31) || user_id) "
                + "AS users FROM (" + people + ") GROUP BY k) SELECT s.*, p.sessions, p.users FROM s LEFT JOIN p USING (k)",
                params, rs -> {
                    int last = 3 + MEANS.size();
                    counts.put(rs.getString(1), new Long[] {rs.getLong(2), rs.getLong(last), rs.getLong(last + 1)});
                    Double[] m = new Double[MEANS.size()];
                    for (int i = 0; i < m.length; i++) m[i] = SampleRows.dbl(rs, 3 + i);
                    return meanValues.put(rs.getString(1), m);
                });

        // RTT, loss and jitter histograms summed per key, raw samples bucketed the same way
        params = new ArrayList<>(rawParams);
        params.addAll(scopeParams);
        String buckets = "SELECT " + key + " AS k, metric, bucket, n FROM link_minute_hist" + rolled + " AND metric <> "
                + LinkHistograms.SAMPLES;
        if (raw != null) {
            buckets += " UNION ALL SELECT k, metric, bucket, n FROM (" + LinkHistograms.rawBuckets(key + " AS k, ",
                    "SELECT * FROM raw") + ") WHERE metric <> " + LinkHistograms.SAMPLES;
        }
        Map<String, LinkHistograms.Counts> histograms = new HashMap<>();
        queries.list((raw == null ? "" : "WITH raw AS (" + raw + ") ") + "SELECT k, metric, bucket, CAST(sum(n) AS BIGINT) FROM ("
                + buckets + ") GROUP BY ALL", params, rs -> {
                    histograms.computeIfAbsent(rs.getString(1), k -> new LinkHistograms.Counts())
                            .add(rs.getInt(2), rs.getInt(3), rs.getLong(4));
                    return null;
                });

        List<QualityGroup> groups = new ArrayList<>();
        for (var e : counts.entrySet()) {
            Long[] c = e.getValue();
            Double[] m = meanValues.get(e.getKey());
            LinkHistograms.Counts h = histograms.getOrDefault(e.getKey(), new LinkHistograms.Counts());
            groups.add(new QualityGroup(e.getKey(), new QualityStats(c[0], c[1], c[2],
                    h.quantile(LinkHistograms.RTT, 0.5), h.quantile(LinkHistograms.RTT, 0.95),
                    h.quantile(LinkHistograms.LOSS, 0.5), h.quantile(LinkHistograms.LOSS, 0.95),
                    h.quantile(LinkHistograms.JITTER, 0.5), h.quantile(LinkHistograms.JITTER, 0.95),
                    m[0], m[1], m[2], m[3], m[4], m[5])));
        }
        groups.sort(Comparator.comparingLong((QualityGroup g) -> -g.stats().samples()).thenComparing(QualityGroup::key));
        return groups;
    }
}
