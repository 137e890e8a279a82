package io.globaldesk.sla;

/** How bad a ticket's problem is; S1 is the most urgent and sorts first. */
public enum Severity {
    /** Production outage: calls fail or cannot start for many end users. */
    S1,
    /** Serious degradation: a key feature is broken or quality is poor for many users, with no workaround. */
    S2,
    /** A problem with a workaround, or one affecting few users. */
    S3,
    /** A question, a request or a cosmetic issue. */
    S4;

    /** One step more urgent; S1 stays S1. */
    public Severity raised() {
        return this == S1 ? S1 : values()[ordinal() - 1];
    }

    /** Whether this severity is at least as urgent as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
