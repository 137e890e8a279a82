/**
 * The embedded DuckDB implementation of the telemetry store: one table per UTC day for raw samples and API calls, so
 * that a day is dropped whole when it leaves retention and a time range only touches the days it covers.
 */
package io.globaldesk.telemetry.duckdb;
