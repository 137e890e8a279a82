package io.globaldesk.telemetry;

/** Why one NDJSON line was rejected; {@code line} counts from 1, as an editor shows it. */
public record LineError(long line, String message) {
}
