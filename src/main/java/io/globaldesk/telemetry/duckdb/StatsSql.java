package io.globaldesk.telemetry.duckdb;

import static io.globaldesk.telemetry.duckdb.SampleRows.dbl;

import io.globaldesk.telemetry.QualityDimension;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The one definition of the quality figures, shared by cohort queries, dashboards and the per-minute aggregates. */
final class StatsSql {

    static final String SELECT = "count(*), count(DISTINCT session_id), count(DISTINCT app_id || chr(31) || user_id), "
            + "quantile_cont(rtt_ms, 0.5), quantile_cont(rtt_ms, 0.95), "
            + "quantile_cont(loss_pct, 0.5), quantile_cont(loss_pct, 0.95), "
            + "quantile_cont(jitter_ms, 0.5), quantile_cont(jitter_ms, 0.95), "
            + "avg(audio_freeze_pct), avg(video_freeze_pct), avg(fps), avg(cpu_app_pct), avg(cpu_system_pct), avg(mos)";

    static final int WIDTH = 15;

    /** Stored aggregate columns, in the order of {@link #SELECT}. */
    static final String STORED = "samples, sessions, users, rtt_p50, rtt_p95, loss_p50, loss_p95, jitter_p50, "
            + "jitter_p95, audio_freeze_avg, video_freeze_avg, fps_avg, cpu_app_avg, cpu_system_avg, mos_avg";

    /** The stored figures after the three counts, in the order of {@link #SELECT}. */
    static final List<String> STORED_FIGURES = List.of("rtt_p50", "rtt_p95", "loss_p50", "loss_p95", "jitter_p50",
            "jitter_p95", "audio_freeze_avg", "video_freeze_avg", "fps_avg", "cpu_app_avg", "cpu_system_avg", "mos_avg");

    static final String STORED_TYPES = "samples BIGINT, sessions BIGINT, users BIGINT, rtt_p50 DOUBLE, rtt_p95 DOUBLE, "
            + "loss_p50 DOUBLE, loss_p95 DOUBLE, jitter_p50 DOUBLE, jitter_p95 DOUBLE, audio_freeze_avg DOUBLE, "
            + "video_freeze_avg DOUBLE, fps_avg DOUBLE, cpu_app_avg DOUBLE, cpu_system_avg DOUBLE, mos_avg DOUBLE";

    /** Scope keys as grouped: a sample without a key is counted under "unknown" rather than lost. */
    static final String SCOPE_KEYS = "coalesce(region, 'unknown'), coalesce(isp, 'unknown'), "
            + "coalesce(edge_node, 'unknown'), app_id, coalesce(platform, 'unknown'), coalesce(sdk_version, 'unknown')";

    private StatsSql() {
    }

    static QualityStats read(ResultSet rs, int first) throws SQLException {
        int i = first;
        return new QualityStats(rs.getLong(i), rs.getLong(i + 1), rs.getLong(i + 2), dbl(rs, i + 3), dbl(rs, i + 4),
                dbl(rs, i + 5), dbl(rs, i + 6), dbl(rs, i + 7), dbl(rs, i + 8), dbl(rs, i + 9), dbl(rs, i + 10),
                dbl(rs, i + 11), dbl(rs, i + 12), dbl(rs, i + 13), dbl(rs, i + 14));
    }

    static String column(QualityDimension d) {
        return switch (d) {
            case REGION -> "region";
            case ISP -> "isp";
            case EDGE_NODE -> "edge_node";
            case APP -> "app_id";
            case PLATFORM -> "platform";
            case SDK_VERSION -> "sdk_version";
        };
    }

    /** {@code AND col = ?} for each set component of the filter; the values are added to {@code params}. */
    static String where(QualityScope f, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        add(sql, params, "region", f.region());
        add(sql, params, "isp", f.isp());
        add(sql, params, "edge_node", f.edgeNode());
        add(sql, params, "app_id", f.appId());
        add(sql, params, "platform", f.platform());
        add(sql, params, "sdk_version", f.sdkVersion());
        return sql.toString();
    }

    private static void add(StringBuilder sql, List<Object> params, String column, String value) {
        if (value == null) return;
        sql.append(" AND ").append(column).append(" = ?");
        params.add(value);
    }
}
