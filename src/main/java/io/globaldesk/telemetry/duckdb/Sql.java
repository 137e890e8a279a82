package io.globaldesk.telemetry.duckdb;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Small helpers for building DuckDB SQL; values from outside are always bound as parameters, never inlined. */
final class Sql {

    private Sql() {
    }

    /** A timestamp literal (UTC). Inlined rather than bound so that DuckDB can prune row groups by their min/max. */
    static String ts(Instant instant) {
        return "TIMESTAMP '" + LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString().replace('T', ' ') + "'";
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant instantOfMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
