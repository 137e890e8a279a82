package io.globaldesk.telemetry.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Computes one minute's aggregates in SQL from the raw day tables and stores them, replacing earlier ones. */
final class MinuteAggregation {

    private MinuteAggregation() {
    }

    static void replace(Connection conn, Instant minute, List<String> sampleTables, List<String> apiTables)
            throws SQLException {
        String m = Sql.ts(minute);
        String range = " WHERE ts >= " + m + " AND ts < " + Sql.ts(minute.plusSeconds(60));
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM quality_minute WHERE minute = " + m);
            st.execute("DELETE FROM api_minute WHERE minute = " + m);
            if (!sampleTables.isEmpty()) {
                st.execute("INSERT INTO quality_minute SELECT " + m + ", " + StatsSql.SCOPE_KEYS + ", " + StatsSql.SELECT
                        + " FROM (" + union(sampleTables, range) + ") GROUP BY ALL");
            }
            String raw = sampleTables.isEmpty() ? null : union(sampleTables, range);
            for (String sql : LinkHistograms.replace(m, raw)) st.execute(sql);
            for (String sql : DashboardRollup.replace(m, raw)) st.execute(sql);
            if (!apiTables.isEmpty()) {
                st.execute("INSERT INTO api_minute SELECT " + m + ", app_id, api, region, count(*), "
                        + "count(*) FILTER (WHERE NOT success), quantile_cont(latency_ms, 0.5), "
                        + "quantile_cont(latency_ms, 0.95), avg(latency_ms) FROM (" + union(apiTables, range)
                        + ") GROUP BY ALL");
            }
            st.execute("INSERT INTO aggregate_progress VALUES (1, " + m + ") ON CONFLICT (id) DO UPDATE "
                    + "SET last_minute = greatest(last_minute, excluded.last_minute)");
        }
    }

    static String union(List<String> tables, String where) {
        return tables.stream().map(t -> "SELECT * FROM " + t + where).collect(Collectors.joining(" UNION ALL "));
    }
}
