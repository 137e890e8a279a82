package io.globaldesk.telemetry;

/**
 * The value rules of the NDJSON fields and the words a rejected line is reported with, shared by every line decoder so
 * that a rule reads the same whichever decoder applies it.
 */
final class FieldRules {

    private FieldRules() {
    }

    /** {@code v} unchanged when it is absent (NaN) or non-negative and finite (a number such as 1e400 is not). */
    static double nonNegative(String field, double v) {
        if (!Double.isNaN(v) && !(v >= 0)) throw new LineRejectedException(field + " must not be negative, was " + v);
        if (Double.isInfinite(v)) throw new LineRejectedException(field + " must be a finite number");
        return v;
    }

    /** {@code v} unchanged when it is absent (NaN) or a percentage in 0..100. */
    static double percent(String field, double v) {
        nonNegative(field, v);
        if (v > 100) throw new LineRejectedException(field + " must be at most 100 (%), was " + v);
        return v;
    }

    static LineRejectedException notAString(String field) {
        return new LineRejectedException(field + " must be a string");
    }

    static LineRejectedException notANumber(String field) {
        return new LineRejectedException(field + " must be a number");
    }

    static LineRejectedException notAnInstant(String field, String value) {
        return new LineRejectedException(field + " must be an ISO-8601 instant such as 2026-11-25T03:00:02Z, was '" + value + "'");
    }

    static LineRejectedException notAnObject() {
        return new LineRejectedException("line is not a JSON object");
    }

    static LineRejectedException contentAfterObject() {
        return new LineRejectedException("line has content after the JSON object");
    }

    static <V> V required(V value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new LineRejectedException(field + " is required");
        }
        return value;
    }
}
