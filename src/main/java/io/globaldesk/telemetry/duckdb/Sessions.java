package io.globaldesk.telemetry.duckdb;

import io.globaldesk.telemetry.QualitySample;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Where each session's samples are: every batch appends one span (first and last sample time) per session it carries,
 * into a table indexed by session id. A session's samples are then read from the day tables and minutes it spans
 * instead of searching every day for its id. Spans are appended, never updated, because an upsert per session and
 * batch cost ten times the samples' own append.
 */
final class Sessions {

    static final String SCHEMA = "CREATE TABLE IF NOT EXISTS session_spans (session_id VARCHAR NOT NULL, "
            + "first_ts TIMESTAMP NOT NULL, last_ts TIMESTAMP NOT NULL);"
            + "CREATE INDEX IF NOT EXISTS session_spans_by_id ON session_spans (session_id);";

    static final String SPAN_QUERY = "SELECT epoch_us(min(first_ts)), epoch_us(max(last_ts)) FROM session_spans "
            + "WHERE session_id = ? HAVING count(*) > 0";

    private Sessions() {
    }

    static void append(DuckDBConnection conn, List<QualitySample> samples) throws SQLException {
        Map<String, long[]> spans = new HashMap<>();
        for (QualitySample s : samples) {
            long t = Sql.micros(s.ts());
            long[] span = spans.computeIfAbsent(s.sessionId(), k -> new long[] {t, t});
            span[0] = Math.min(span[0], t);
            span[1] = Math.max(span[1], t);
        }
        try (DuckDBAppender a = conn.createAppender("main", "session_spans")) {
            for (var e : spans.entrySet()) {
                a.beginRow();
                a.append(e.getKey());
                a.appendEpochMicros(e.getValue()[0]);
                a.appendEpochMicros(e.getValue()[1]);
                a.endRow();
            }
        }
    }

    static Instant[] span(long firstMicros, long lastMicros) {
        return new Instant[] {Sql.instantOfMicros(firstMicros), Sql.instantOfMicros(lastMicros)};
    }
}
