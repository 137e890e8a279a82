package io.globaldesk.telemetry;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Parses ISO-8601 instants. The shape SDKs send ({@code 2026-11-25T03:00:02Z}, optionally with a fraction) is read by
 * hand, because {@link Instant#parse} costs about a microsecond, a large share of a line's budget; anything else falls
 * back to {@link Instant#parse}, which also validates it.
 */
final class IsoInstant {

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
