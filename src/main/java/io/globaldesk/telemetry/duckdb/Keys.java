package io.globaldesk.telemetry.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Idempotency keys, written in the same transaction as the rows they stand for. */
final class Keys {

    private Keys() {
    }

    static boolean seen(Connection conn, String kind, String key) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM ingest_keys WHERE kind = ? AND idem_key = ?")) {
            ps.setString(1, kind);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void record(Connection conn, String kind, String key, long rows, Instant at) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO ingest_keys VALUES (?, ?, " + Sql.ts(at) + ", ?)")) {
            ps.setString(1, kind);
            ps.setString(2, key);
            ps.setLong(3, rows);
            ps.executeUpdate();
        }
    }
}
