package io.globaldesk.telemetry;

import java.util.List;

/** The good records of one NDJSON body, in line order, and the result to report for the whole body. */
public record ParsedBatch<T>(List<T> records, IngestResult result) {
}
