package io.globaldesk.ticket;

/** How badly a ticket hurts the customer; drives routing priority and SLA targets. */
public enum Severity {
    /** Production outage: calls fail or are unusable for all or most end users. */
    S1,
    /** Severe degradation or a blocked release, with no workaround. */
    S2,
    /** A problem for some users, or one with a workaround. */
    S3,
    /** A question, how-to or request; nothing is broken. */
    S4
}
