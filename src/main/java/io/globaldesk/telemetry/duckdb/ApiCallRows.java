package io.globaldesk.telemetry.duckdb;

import io.globaldesk.telemetry.ApiCallEvent;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** How an API-call event is laid out in a day table. */
final class ApiCallRows {

    static final String COLUMNS = "ts TIMESTAMP NOT NULL, app_id VARCHAR NOT NULL, api VARCHAR NOT NULL, "
            + "region VARCHAR NOT NULL, status VARCHAR NOT NULL, error_code VARCHAR, latency_ms DOUBLE NOT NULL, "
            + "success BOOLEAN NOT NULL";

    private ApiCallRows() {
    }

    static void append(DuckDBConnection conn, String table, List<ApiCallEvent> events) throws SQLException {
        try (DuckDBAppender a = conn.createAppender("main", table)) {
            for (ApiCallEvent e : events) {
                a.beginRow();
                a.appendEpochMicros(Sql.micros(e.ts()));
                a.append(e.appId()).append(e.api()).append(e.region()).append(e.status()).append(e.errorCode())
                        .append(e.latencyMs()).append(e.success());
                a.endRow();
            }
        }
    }
}
