package io.globaldesk.telemetry;

import java.nio.charset.StandardCharsets;

/**
 * Walks one NDJSON line holding one JSON object, in UTF-8, without building tokens or strings it need not build.
 * Typed reads check the value's kind before its content, and syntax errors surface in line order, both as Jackson's
 * streaming parser did, so a line breaking several rules is reported with the same rule. Limits as Jackson's defaults:
 * names of at most 50,000 characters, nesting at most 500 deep ({@link JsonNumbers} for numbers).
 */
final class JsonCursor {

    static final int MAX_NAME_LENGTH = 50_000;
    static final int MAX_DEPTH = 500;

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'}, FALSE = {'f', 'a', 'l', 's', 'e'}, NULL = {'n', 'u', 'l', 'l'};
    final byte[] buf;
    final int end;
    private final int start;
    int pos;
    private int lastName = -1;

    private JsonCursor(byte[] buf, int start, int from, int end) {
        this.buf = buf;
        this.start = start;
        this.pos = from;
        this.end = end;
    }

    /**
     * Whether Jackson would read these bytes as UTF-16 or UTF-32 (a zero or a UTF-16 byte-order mark in the first two
     * bytes): the cursor reads UTF-8 only, so such a line goes to the Jackson decoder.
     */
    static boolean wideEncoding(byte[] b, int off, int len) {
        if (len < 2) return false;
        int b0 = b[off] & 0xFF, b1 = b[off + 1] & 0xFF;
        return b0 == 0 || b1 == 0 || (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
    }

    /** A cursor inside the line's object, after its opening brace; refuses a line that does not hold an object. */
    static JsonCursor openObject(byte[] b, int off, int len) {
        int from = off;
        if (len >= 4 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB && (b[off + 2] & 0xFF) == 0xBF) from += 3;
        JsonCursor c = new JsonCursor(b, off, from, off + len);
        c.skipSpace();
        if (c.pos < c.end && b[c.pos] == '{') {
            c.pos++;
            return c;
        }
        c.rootValue();
        throw FieldRules.notAnObject();
    }

    static LineRejectedException badJson(String reason) {
        return new LineRejectedException("bad JSON: " + reason);
    }

    /** Whether the object has a first member, consuming its closing brace when it has none. */
    boolean firstMember() {
        skipSpace();
        if (pos < end && buf[pos] == '}') {
            pos++;
            return false;
        }
        return true;
    }

    /** After a member's value: whether another member follows, consuming the comma or the closing brace. */
    boolean nextMember() {
        skipSpace();
        int c = peek();
        pos++;
        if (c == ',') return true;
        if (c == '}') return false;
        throw badJson(unexpected(pos - 1, "a comma or '}' after an object member"));
    }

    /** Refuses anything but white space after the object. */
    void endOfLine() {
        skipSpace();
        if (pos == end) return;
        rootValue();
        throw FieldRules.contentAfterObject();
    }

    /**
     * Reads a member's name and its colon; returns the name's index in {@code names}, or -1 for an unknown name. The
     * name after the last one read is tried first, as SDKs send the fields in one order.
     */
    int name(FieldNames names) {
        skipSpace();
        if (pos >= end || buf[pos] != '"') throw badJson(unexpected(pos, "a double quote to start a property name"));
        int from = pos + 1, close, id = lastName + 1;
        if (id < names.size() && names.isAt(id, buf, from, end)) {
            close = from + names.length(id);
        } else if ((close = JsonStrings.plainEnd(buf, from, end)) >= 0) {
            if (close - from > MAX_NAME_LENGTH) throw nameTooLong(close - from);
            id = names.index(buf, from, close);
        } else {
            StringBuilder sb = new StringBuilder();
            close = JsonStrings.read(buf, from, end, sb);
            if (sb.length() > MAX_NAME_LENGTH) throw nameTooLong(sb.length());
            id = names.index(sb.toString());
        }
        if (id >= 0) lastName = id;
        pos = close + 1;
        skipSpace();
        if (pos >= end || buf[pos] != ':') throw badJson(unexpected(pos, "a colon after a property name"));
        pos++;
        return id;
    }

    /** A string value (null for JSON null), interned through {@code cache} when one is given and the value is plain. */
    String string(String field, StringCache cache) {
        skipSpace();
        int c = peek();
        if (c == '"') {
            int from = pos + 1, close = JsonStrings.plainEnd(buf, from, end);
            if (close < 0) return decodeString(from);
            pos = close + 1;
            return cache != null ? cache.get(buf, from, close) : new String(buf, from, close - from, StandardCharsets.ISO_8859_1);
        }
        if (c == 'n') {
            literal(NULL);
            return null;
        }
        throw wrongKind(FieldRules.notAString(field));
    }

    /** An ISO-8601 instant string, or null for JSON null. */
    java.time.Instant instant(String field) {
        skipSpace();
        int c = peek();
        if (c != '"') {
            if (c != 'n') throw wrongKind(FieldRules.notAString(field));
            literal(NULL);
            return null;
        }
        int from = pos + 1, close = JsonStrings.plainEnd(buf, from, end);
        String text = null;
        try {
            if (close < 0) return IsoInstant.parse(text = decodeString(from));
            pos = close + 1;
            return IsoInstant.parse(buf, from, close);
        } catch (java.time.format.DateTimeParseException e) {
            if (text == null) text = new String(buf, from, close - from, StandardCharsets.ISO_8859_1);
            throw FieldRules.notAnInstant(field, text);
        }
    }

    /** A number value as a double, or NaN for JSON null (JSON has no NaN, so it cannot be a value). */
    double number(String field) {
        skipSpace();
        int c = peek();
        if (c >= '0' && c <= '9') {
            double d = JsonNumbers.shortDecimal(this);
            if (d >= 0) return d;
        }
        if (c == '-' || (c >= '0' && c <= '9')) return JsonNumbers.read(this, true);
        if (c == 'n') {
            literal(NULL);
            return Double.NaN;
        }
        throw wrongKind(FieldRules.notANumber(field));
    }

    /** Skips a value of any kind, checking its syntax. */
    void skipValue() {
        skipValue(1);
    }

    private void skipValue(int parentDepth) {
        skipSpace();
        switch (peek()) {
            case '"' -> pos = JsonStrings.read(buf, pos + 1, end, null) + 1;
            case '{' -> skipObject(enter(parentDepth));
            case '[' -> skipArray(enter(parentDepth));
            case 't' -> literal(TRUE);
            case 'f' -> literal(FALSE);
            case 'n' -> literal(NULL);
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> JsonNumbers.read(this, false);
            default -> throw badJson(unexpected(pos, "a value"));
        }
    }

    private int enter(int parentDepth) {
        if (parentDepth >= MAX_DEPTH) throw badJson("nested deeper than " + MAX_DEPTH + " levels");
        pos++;
        return parentDepth + 1;
    }

    private void skipObject(int depth) {
        if (!firstMember()) return;
        do {
            name(FieldNames.NONE);
            skipValue(depth);
        } while (nextMember());
    }

    private void skipArray(int depth) {
        skipSpace();
        if (pos < end && buf[pos] == ']') {
            pos++;
            return;
        }
        while (true) {
            skipValue(depth);
            skipSpace();
            int c = peek();
            pos++;
            if (c == ']') return;
            if (c != ',') throw badJson(unexpected(pos - 1, "a comma or ']' in an array"));
        }
    }

    /** A value where the object was expected or after it: checked as far as Jackson tokenised it, then left to the caller. */
    private void rootValue() {
        int c = peek();
        if (c == -1 || c == '"' || c == '[' || c == '{') return;
        if (c == 't' || c == 'f' || c == 'n') {
            literal(c == 't' ? TRUE : c == 'f' ? FALSE : NULL);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            JsonNumbers.read(this, false);
            if (pos < end && !isSpace(buf[pos])) throw badJson(unexpected(pos, "white space after a number"));
        } else {
            throw badJson(unexpected(pos, "a JSON object"));
        }
    }

    /** A value of the wrong kind for its field: its token is first checked, so bad syntax still reads as bad JSON. */
    private LineRejectedException wrongKind(LineRejectedException rule) {
        int c = peek();
        if (c == 't' || c == 'f' || c == 'n') literal(c == 't' ? TRUE : c == 'f' ? FALSE : NULL);
        else if (c == '-' || (c >= '0' && c <= '9')) JsonNumbers.read(this, false);
        else if (c != '"' && c != '{' && c != '[') throw badJson(unexpected(pos, "a value"));
        return rule;
    }

    private String decodeString(int from) {
        StringBuilder sb = new StringBuilder(32);
        pos = JsonStrings.read(buf, from, end, sb) + 1;
        return sb.toString();
    }

    private void literal(byte[] word) {
        if (end - pos < word.length || !java.util.Arrays.equals(buf, pos, pos + word.length, word, 0, word.length)) {
            String expected = new String(word, StandardCharsets.US_ASCII);
            throw badJson("unrecognized token at byte " + (pos - start) + ", expected " + expected);
        }
        pos += word.length;
        // as Jackson: "truex" is one unknown token, "true," or "true]" a literal followed by punctuation
        if (pos < end) {
            int c = buf[pos] & 0xFF;
            if (c >= '0' && c != ']' && c != '}' && (c >= 0x80 || Character.isJavaIdentifierPart(c))) {
                throw badJson("unrecognized token at byte " + (pos - word.length - start));
            }
        }
    }

    private void skipSpace() {
        while (pos < end && isSpace(buf[pos])) pos++;
    }

    private int peek() {
        return pos < end ? buf[pos] & 0xFF : -1;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private String unexpected(int at, String expected) {
        if (at >= end) return "the line ends where " + expected + " was expected";
        int c = buf[at] & 0xFF;
        String seen = c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : "byte 0x" + Integer.toHexString(c);
        return seen + " at byte " + (at - start) + " where " + expected + " was expected";
    }

    private static LineRejectedException nameTooLong(int length) {
        return badJson("a property name must have at most " + MAX_NAME_LENGTH + " characters, had " + length);
    }
}
