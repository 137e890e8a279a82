package io.globaldesk.telemetry;

import java.io.InputStream;

/**
 * Parses an NDJSON body of quality samples (one a line) while streaming it. Bad lines are reported with their number and
 * the rule they break; good lines are kept. Thread-safe: one instance serves all requests.
 */
public final class QualitySampleParser {

    private final NdjsonReader<QualitySample> reader;

    public QualitySampleParser() {
        this(NdjsonReader.DEFAULT_MAX_LINE_BYTES);
    }

    public QualitySampleParser(int maxLineBytes) {
        this(new QualitySampleDecoder(), maxLineBytes);
    }

    QualitySampleParser(LineDecoder<QualitySample> decoder, int maxLineBytes) {
        this.reader = new NdjsonReader<>(decoder, maxLineBytes);
    }

    public ParsedBatch<QualitySample> parse(InputStream ndjson) {
        return reader.read(ndjson);
    }

    /** Parses like {@link #parse(InputStream)}; a valid line is still rejected when {@code check} names a reason. */
    public ParsedBatch<QualitySample> parse(InputStream ndjson, RecordCheck<? super QualitySample> check) {
        return reader.read(ndjson, check);
    }
}
