package io.globaldesk.telemetry;

import java.io.InputStream;

/** Parses an NDJSON body of API-call events (one a line) while streaming it; see {@link QualitySampleParser}. */
public final class ApiCallEventParser {

    private final NdjsonReader<ApiCallEvent> reader;

    public ApiCallEventParser() {
        this(NdjsonReader.DEFAULT_MAX_LINE_BYTES);
    }

    public ApiCallEventParser(int maxLineBytes) {
        this.reader = new NdjsonReader<>(new ApiCallEventDecoder(), maxLineBytes);
    }

    public ParsedBatch<ApiCallEvent> parse(InputStream ndjson) {
        return reader.read(ndjson);
    }

    /** Parses like {@link #parse(InputStream)}; a valid line is still rejected when {@code check} names a reason. */
    public ParsedBatch<ApiCallEvent> parse(InputStream ndjson, RecordCheck<? super ApiCallEvent> check) {
        return reader.read(ndjson, check);
    }
}
