package io.globaldesk.telemetry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an NDJSON body into lines while reading it, so a body is never held whole in memory, and hands each line to a
 * {@link LineDecoder}. A line longer than the limit is rejected as soon as the limit is passed and the rest of it is
 * skipped unread into memory. Blank lines are ignored; CRLF endings and a leading UTF-8 BOM are accepted.
 */
final class NdjsonReader<T> {

    static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024;
    private static final int READ_CHUNK = 64 * 1024;

    private final LineDecoder<T> decoder;
    private final int maxLineBytes;

    NdjsonReader(LineDecoder<T> decoder, int maxLineBytes) {
        if (maxLineBytes < 16) throw new IllegalArgumentException("maxLineBytes must be at least 16, was " + maxLineBytes);
        this.decoder = decoder;
        this.maxLineBytes = maxLineBytes;
    }

    ParsedBatch<T> read(InputStream in) {
        return read(in, null);
    }

    /** Reads like {@link #read(InputStream)}, and also rejects a decoded line for which {@code check} names a reason. */
    ParsedBatch<T> read(InputStream in, RecordCheck<? super T> check) {
        try {
            return readLines(in, check);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the NDJSON body failed", e);
        }
    }

    private ParsedBatch<T> readLines(InputStream in, RecordCheck<? super T> check) throws IOException {
        Collector<T> out = new Collector<>();
        byte[] buf = new byte[maxLineBytes + READ_CHUNK];
        int start = 0, end = 0, scan = 0;
        long lineNo = 1;
        boolean skipping = false, first = true, eof = false;
        while (true) {
            int nl = Bytes.indexOfNewline(buf, scan, end);
            if (nl >= 0) {
                if (!skipping) {
                    int from = start;
                    if (first) from = skipBom(buf, start, nl);
                    decodeLine(buf, from, nl, lineNo, out, check);
                }
                first = false;
                skipping = false;
                lineNo++;
                start = scan = nl + 1;
                continue;
            }
            if (end - start > maxLineBytes) {
                if (!skipping) out.reject(lineNo, "line is longer than " + maxLineBytes + " bytes");
                skipping = true;
                first = false;
                start = end;
            }
            if (eof) {
                if (!skipping && end > start) decodeLine(buf, first ? skipBom(buf, start, end) : start, end, lineNo, out, check);
                return out.batch();
            }
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= start;
                start = 0;
            }
            scan = end;
            int n = in.read(buf, end, Math.min(READ_CHUNK, buf.length - end));
            if (n < 0) eof = true;
            else end += n;
        }
    }

    private void decodeLine(byte[] buf, int from, int to, long lineNo, Collector<T> out, RecordCheck<? super T> check) {
        while (from < to && isBlank(buf[from])) from++;
        while (to > from && isBlank(buf[to - 1])) to--;
        if (from == to) return;
        try {
            T record = decoder.decode(buf, from, to - from);
            String refusal = check == null ? null : check.refusal(record);
            if (refusal != null) out.reject(lineNo, refusal);
            else out.accept(record);
        } catch (LineRejectedException e) {
            out.reject(lineNo, e.getMessage());
        }
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

    private static int skipBom(byte[] buf, int from, int to) {
        boolean bom = to - from >= 3 && buf[from] == (byte) 0xEF && buf[from + 1] == (byte) 0xBB && buf[from + 2] == (byte) 0xBF;
        return bom ? from + 3 : from;
    }

    private static final class Collector<T> {
        private final List<T> records = new ArrayList<>();
        private final List<LineError> errors = new ArrayList<>();
        private long rejected;

        void accept(T record) {
            records.add(record);
        }

        void reject(long line, String message) {
            rejected++;
            if (errors.size() < IngestResult.MAX_LISTED_ERRORS) errors.add(new LineError(line, message));
        }

        ParsedBatch<T> batch() {
            return new ParsedBatch<>(records, new IngestResult(records.size(), rejected, errors));
        }
    }
}
