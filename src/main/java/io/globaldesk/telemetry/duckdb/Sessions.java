package io.globaldesk.telemetry.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The time span of every session, keyed by session id. A session's samples are then read from the one or two day
 * tables and the minutes it spans, instead of searching every day for the id.
 */
final class Sessions {

    private static final int ROWS_PER_STATEMENT = 500;

    private Sessions() {
    }

    static void upsert(Connection conn, Map<String, Instant[]> spans) throws SQLException {
        List<Map.Entry<String, Instant[]>> all = new ArrayList<>(spans.entrySet());
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            List<Map.Entry<String, Instant[]>> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("INSERT INTO sessions VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, make_timestamp(?::BIGINT), make_timestamp(?::BIGINT))");
            }
            sql.append(" ON CONFLICT (session_id) DO UPDATE SET first_ts = least(first_ts, excluded.first_ts), "
                    + "last_ts = greatest(last_ts, excluded.last_ts)");
            try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
                int p = 1;
                for (var e : chunk) {
                    ps.setString(p++, e.getKey());
                    ps.setLong(p++, Sql.micros(e.getValue()[0]));
                    ps.setLong(p++, Sql.micros(e.getValue()[1]));
                }
                ps.executeUpdate();
            }
        }
    }
}
