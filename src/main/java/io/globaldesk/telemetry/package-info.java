/**
 * Telemetry: ingests the SDKs' call-quality samples and the back ends' API-call events as NDJSON, stores them durably
 * behind the {@link io.globaldesk.telemetry.TelemetryStore} port (embedded DuckDB by default), and rolls them up into
 * per-minute aggregates on event time, announced as {@link io.globaldesk.telemetry.AggregateWindowClosed}.
 */
package io.globaldesk.telemetry;
