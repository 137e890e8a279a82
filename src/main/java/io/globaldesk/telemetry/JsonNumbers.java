package io.globaldesk.telemetry;

import java.nio.charset.StandardCharsets;

/**
 * Reads JSON number tokens at a {@link JsonCursor} with the rules of Jackson's parser: no leading zeroes, plus signs,
 * bare points or empty exponents, and at most 1000 digits (Jackson's default limit).
 */
final class JsonNumbers {

    static final int MAX_DIGITS = 1000;

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++, p *= 10) POWERS_OF_TEN[i] = p;
    }

    private JsonNumbers() {
    }

    /**
     * The common number, up to 15 digits with or without a fraction and no exponent ("48", "0.4", "1430.0"), read
     * exactly as {@link #read} would read it; -1 (and the cursor unmoved) for any other form.
     */
    static double shortDecimal(JsonCursor c) {
        int i = c.pos, limit = Math.min(c.end, c.pos + 16), point = -1;
        long mantissa = 0;
        if (c.buf[i] == '0' && i + 1 < c.end && c.buf[i + 1] != '.') {
            return isDigit(c.buf[i + 1]) ? -1 : shortEnd(c, i + 1, 0, 0); // "01" is for read() to refuse
        }
        for (; i < limit; i++) {
            byte b = c.buf[i];
            if (b >= '0' && b <= '9') {
                mantissa = mantissa * 10 + (b - '0');
            } else if (b == '.' && point < 0) {
                point = i;
            } else {
                break;
            }
        }
        if (point == i - 1 || i == limit) return -1; // "1." is for read() to refuse; longer ones too
        return shortEnd(c, i, mantissa, point < 0 ? 0 : i - point - 1);
    }

    private static double shortEnd(JsonCursor c, int at, long mantissa, int fractionDigits) {
        if (at < c.end && (c.buf[at] == 'e' || c.buf[at] == 'E' || isDigit(c.buf[at]) || c.buf[at] == '.')) return -1;
        c.pos = at;
        return fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
    }

    /**
     * Reads a number token; with {@code value} false only its syntax is checked. Integers are converted as Jackson did
     * (through a long, so "-0" is 0.0); numbers with a fraction or exponent equal {@link Double#parseDouble} bit for bit:
     * the fast path is exact because a mantissa below 2^53 and a power of ten up to 10^22 are exact doubles and one
     * multiplication or division rounds once.
     */
    static double read(JsonCursor c, boolean value) {
        int start = c.pos;
        boolean negative = c.buf[c.pos] == '-';
        if (negative && (++c.pos >= c.end || !isDigit(c.buf[c.pos]))) {
            throw JsonCursor.badJson("a minus sign must be followed by a digit");
        }
        int intStart = c.pos;
        long mantissa = 0;
        boolean overflow = false;
        if (c.buf[c.pos] == '0') {
            c.pos++;
            if (c.pos < c.end && isDigit(c.buf[c.pos])) throw JsonCursor.badJson("leading zeroes are not allowed in numbers");
        }
        while (c.pos < c.end && isDigit(c.buf[c.pos])) {
            if (mantissa < 100_000_000_000_000_000L) mantissa = mantissa * 10 + (c.buf[c.pos] - '0');
            else overflow = true;
            c.pos++;
        }
        int intDigits = c.pos - intStart, fractionDigits = 0, exponentDigits = 0, exponent = 0;
        boolean integer = true;
        if (c.pos < c.end && c.buf[c.pos] == '.') {
            integer = false;
            int fractionStart = ++c.pos;
            while (c.pos < c.end && isDigit(c.buf[c.pos])) {
                if (mantissa < 100_000_000_000_000_000L) mantissa = mantissa * 10 + (c.buf[c.pos] - '0');
                else overflow = true;
                c.pos++;
            }
            fractionDigits = c.pos - fractionStart;
            if (fractionDigits == 0) throw JsonCursor.badJson("a decimal point must be followed by a digit");
        }
        if (c.pos < c.end && (c.buf[c.pos] == 'e' || c.buf[c.pos] == 'E')) {
            integer = false;
            c.pos++;
            boolean negativeExponent = c.pos < c.end && c.buf[c.pos] == '-';
            if (c.pos < c.end && (c.buf[c.pos] == '-' || c.buf[c.pos] == '+')) c.pos++;
            int exponentStart = c.pos;
            while (c.pos < c.end && isDigit(c.buf[c.pos])) {
                if (exponent < 100_000) exponent = exponent * 10 + (c.buf[c.pos] - '0');
                c.pos++;
            }
            exponentDigits = c.pos - exponentStart;
            if (exponentDigits == 0) throw JsonCursor.badJson("an exponent must have a digit");
            if (negativeExponent) exponent = -exponent;
        }
        if ((integer ? intDigits : intDigits + fractionDigits + exponentDigits) > MAX_DIGITS) {
            throw JsonCursor.badJson("a number must have at most " + MAX_DIGITS + " digits");
        }
        if (!value) return 0;
        if (!overflow) {
            if (integer) return negative ? -mantissa : mantissa;
            int power = exponent - fractionDigits;
            if (mantissa < (1L << 53) && power >= -22 && power <= 22) {
                double d = power >= 0 ? mantissa * POWERS_OF_TEN[power] : mantissa / POWERS_OF_TEN[-power];
                return negative ? -d : d;
            }
        }
        return Double.parseDouble(new String(c.buf, start, c.pos - start, StandardCharsets.ISO_8859_1));
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
