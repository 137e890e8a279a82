package io.globaldesk.telemetry;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Parses ISO-8601 instants. The shape SDKs send ({@code 2026-11-25T03:00:02Z}, optionally with a fraction) is read by
 * hand, because {@link Instant#parse} costs about a microsecond, a large share of a line's budget; anything else falls
 * back to {@link Instant#parse}, which also validates it.
 */
final class IsoInstant {

    private static final int[] MONTH_DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private IsoInstant() {
    }

    static Instant parse(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return Instant.parse(s);
        }
        int year = digits(s, 0, 4), month = digits(s, 5, 7), day = digits(s, 8, 10);
        int hour = digits(s, 11, 13), minute = digits(s, 14, 16), second = digits(s, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n - 21 > 9 || n - 21 < 1) return Instant.parse(s);
            int fraction = digits(s, 20, n - 1);
            for (int i = n - 21; i < 9; i++) fraction *= 10;
            nanos = fraction;
        } else if (s.charAt(19) != 'Z') {
            return Instant.parse(s);
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 || hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(s); // rare or invalid: let the JDK decide (month lengths, leap years, errors)
        }
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second, nanos);
    }

    /**
     * Parses the ASCII bytes {@code b[from, to)} as {@link #parse(String)} parses their text: the SDKs' shape
     * ({@code 2026-11-25T03:00:02Z} or with a fraction of 1 to 9 digits) on a valid date is read here without a String;
     * anything else goes to {@link #parse(String)}.
     */
    static Instant parse(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 20 || n == 21 || n > 30 || b[to - 1] != 'Z' || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 10] != 'T'
                || b[from + 13] != ':' || b[from + 16] != ':' || (n > 20 && b[from + 19] != '.')) {
            return parse(text(b, from, to));
        }
        int year = digits(b, from, 4), month = digits(b, from + 5, 2), day = digits(b, from + 8, 2);
        int hour = digits(b, from + 11, 2), minute = digits(b, from + 14, 2), second = digits(b, from + 17, 2);
        int nanos = n > 20 ? digits(b, from + 20, n - 21) : 0;
        if ((year | month | day | hour | minute | second | nanos) < 0 || month < 1 || month > 12 || day < 1
                || day > MONTH_DAYS[month - 1] || hour > 23 || minute > 59 || second > 59
                || (month == 2 && day == 29 && !java.time.Year.isLeap(year))) {
            return parse(text(b, from, to)); // not digits, or a date the JDK shall judge
        }
        for (int i = n - 21; i < 9 && n > 20; i++) nanos *= 10;
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second, nanos);
    }

    /** Days from 1970-01-01, as {@link java.time.LocalDate#toEpochDay()} counts them, for years 0 to 9999. */
    private static long epochDay(int year, int month, int day) {
        long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400 + (367 * month - 362) / 12 + day - 1;
        if (month > 2) total -= java.time.Year.isLeap(year) ? 1 : 2;
        return total - 719_528;
    }

    /** The value of {@code count} ASCII digits, or -1 when one is not a digit. */
    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) return -1;
            v = v * 10 + d;
        }
        return v;
    }

    private static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new DateTimeParseException("not a digit at " + i, s, i);
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
