package io.globaldesk.telemetry;

/**
 * A rule beyond the format that a well-formed record must pass to be stored, e.g. that its app belongs to the caller's
 * organization. Its reason is reported with the line number like any other rejected line.
 */
@FunctionalInterface
public interface RecordCheck<T> {

    /** Why this record is refused, or {@code null} when it may be stored. */
    String refusal(T record);
}
