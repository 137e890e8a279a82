package io.globaldesk.telemetry;

/** Parsers built on the Jackson decoder the hand-written one replaced, for benchmarks to measure beside it. */
public final class ReferenceParsers {

    private ReferenceParsers() {
    }

    public static QualitySampleParser jackson() {
        return new QualitySampleParser(new JacksonQualitySampleDecoder(), NdjsonReader.DEFAULT_MAX_LINE_BYTES);
    }
}
