package io.globaldesk.telemetry;

/**
 * Reads JSON string contents from UTF-8 bytes with the rules of Jackson's UTF-8 parser, which ingest accepted before
 * the hand-written decoder, so a line is accepted or refused alike: control characters must be escaped; only the JSON
 * escapes are known (a u-escape may name a lone surrogate); a byte that cannot start a UTF-8 sequence or a sequence
 * with a wrong continuation byte is refused; a three-byte sequence encoding a surrogate is refused when the string is
 * read, not when it is skipped; overlong forms are read as what they encode.
 */
final class JsonStrings {

    private JsonStrings() {
    }

    /**
     * The index of the closing quote when the string starting at {@code from} (after its opening quote) is plain:
     * printable ASCII without escapes, so its bytes are its characters. Otherwise {@code -1}.
     */
    static int plainEnd(byte[] b, int from, int end) {
        int i = Bytes.indexOfStringSpecial(b, from, end);
        return i < end && b[i] == '"' ? i : -1;
    }

    /**
     * Reads the string starting at {@code from} (after its opening quote) up to its closing quote, whose index it
     * returns. The characters go to {@code out}; with {@code out == null} the string is only checked, as when skipped.
     */
    static int read(byte[] b, int from, int end, StringBuilder out) {
        int i = from;
        while (true) {
            if (i >= end) throw JsonCursor.badJson("unterminated string");
            int c = b[i] & 0xFF;
            if (c == '"') return i;
            if (c == '\\') {
                i = escape(b, i + 1, end, out);
            } else if (c < 0x20) {
                throw JsonCursor.badJson("control character 0x" + Integer.toHexString(c) + " must be escaped in a string");
            } else if (c < 0x80) {
                if (out != null) out.append((char) c);
                i++;
            } else if ((c & 0xE0) == 0xC0) {
                int d = continuation(b, i + 1, end);
                if (out != null) out.append((char) (((c & 0x1F) << 6) | (d & 0x3F)));
                i += 2;
            } else if ((c & 0xF0) == 0xE0) {
                int ch = ((c & 0x0F) << 12) | ((continuation(b, i + 1, end) & 0x3F) << 6) | (continuation(b, i + 2, end) & 0x3F);
                if (out != null) {
                    if (ch >= 0xD800 && ch <= 0xDFFF) {
                        throw JsonCursor.badJson("invalid UTF-8: encoded surrogate 0x" + Integer.toHexString(ch));
                    }
                    out.append((char) ch);
                }
                i += 3;
            } else if ((c & 0xF8) == 0xF0) {
                int ch = (((c & 0x07) << 18) | ((continuation(b, i + 1, end) & 0x3F) << 12)
                        | ((continuation(b, i + 2, end) & 0x3F) << 6) | (continuation(b, i + 3, end) & 0x3F)) - 0x10000;
                if (out != null) out.append((char) (0xD800 | (ch >> 10))).append((char) (0xDC00 | (ch & 0x3FF)));
                i += 4;
            } else {
                throw JsonCursor.badJson("invalid UTF-8 start byte 0x" + Integer.toHexString(c));
            }
        }
    }

    /** The UTF-16 length of a string read from UTF-8 without escapes, to hold names to Jackson's length limit cheaply. */
    static int utf16Length(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if ((c & 0xC0) != 0x80) n += (c & 0xF8) == 0xF0 ? 2 : 1;
        }
        return n;
    }

    private static int continuation(byte[] b, int i, int end) {
        if (i >= end) throw JsonCursor.badJson("unterminated string");
        int d = b[i] & 0xFF;
        if ((d & 0xC0) != 0x80) throw JsonCursor.badJson("invalid UTF-8 continuation byte 0x" + Integer.toHexString(d));
        return d;
    }

    /** Reads the escape after a backslash at {@code i}; returns the index after it. */
    private static int escape(byte[] b, int i, int end, StringBuilder out) {
        if (i >= end) throw JsonCursor.badJson("unterminated string");
        char c = switch (b[i]) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                int v = 0;
                for (int k = 1; k <= 4; k++) {
                    int h = i + k < end ? Character.digit(b[i + k], 16) : -1;
                    if (h < 0 || b[i + k] < 0) throw JsonCursor.badJson("\\u must be followed by four hex digits");
                    v = (v << 4) | h;
                }
                i += 4;
                yield (char) v;
            }
            default -> throw JsonCursor.badJson("unknown escape \\" + (b[i] >= 0x20 ? String.valueOf((char) b[i])
                    : "0x" + Integer.toHexString(b[i] & 0xFF)) + " in a string");
        };
        if (out != null) out.append(c);
        return i + 1;
    }
}
