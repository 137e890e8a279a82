package io.globaldesk.telemetry.duckdb;

import io.globaldesk.telemetry.QualityDimension;
import io.globaldesk.telemetry.QualityScope;
import java.util.ArrayList;
import java.util.List;

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
}
