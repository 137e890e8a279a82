package io.globaldesk.telemetry.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a store written by an earlier version up to the current layout when it opens: day tables that still carry
 * every link column on each row are split into {@code links} and a narrow table of the same name, and the session-span
 * table the links replaced is dropped. Each day is converted in its own transaction, so an interrupted upgrade resumes.
 */
final class LegacyLayout {

    private static final Logger log = LoggerFactory.getLogger(LegacyLayout.class);
    private static final List<String> LINK_COLUMNS = Arrays.stream(Links.COLUMNS.split(", ")).toList();

    private LegacyLayout() {
    }

    static void migrate(Connection conn) throws SQLException {
        List<String> wide = new ArrayList<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT table_name FROM duckdb_columns() WHERE schema_name = 'main' "
                     + "AND regexp_full_match(table_name, 'qs_[0-9]{8}') AND column_name = 'session_id' ORDER BY 1")) {
            while (rs.next()) wide.add(rs.getString(1));
        }
        boolean autoCommit = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            for (String table : wide) {
                convert(st, table);
                conn.commit();
                log.info("Converted the telemetry day table {} to the links layout", table);
            }
            st.execute("DROP TABLE IF EXISTS session_spans");
            conn.commit();
        } catch (SQLException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(autoCommit);
        }
    }

    private static void convert(Statement st, String table) throws SQLException {
        String columns = String.join(", ", LINK_COLUMNS);
        st.execute("INSERT INTO links SELECT (SELECT coalesce(max(link), 0) FROM links) + row_number() OVER (ORDER BY "
                + "first_ts), first_ts, " + columns + " FROM (SELECT min(ts) AS first_ts, " + columns + " FROM " + table
                + " GROUP BY ALL) g WHERE NOT EXISTS (SELECT 1 FROM links l WHERE " + same("l", "g") + ")");
        String narrow = table + "_narrow";
        st.execute("CREATE TABLE " + narrow + " (" + SampleRows.COLUMNS + ")");
        st.execute("INSERT INTO " + narrow + " SELECT o.ts, l.link, o.rtt_ms, o.uplink_loss_pct, o.downlink_loss_pct, "
                + "o.jitter_ms, o.send_kbps, o.recv_kbps, o.fps, o.audio_freeze_pct, o.video_freeze_pct, o.cpu_app_pct, "
                + "o.cpu_system_pct, o.loss_pct, o.mos FROM " + table + " o JOIN links l ON " + same("l", "o")
                + " ORDER BY o.ts");
        st.execute("DROP TABLE " + table);
        st.execute("ALTER TABLE " + narrow + " RENAME TO " + table);
    }

    private static String same(String a, String b) {
        return LINK_COLUMNS.stream().map(c -> a + "." + c + " IS NOT DISTINCT FROM " + b + "." + c)
                .collect(Collectors.joining(" AND "));
    }
}
