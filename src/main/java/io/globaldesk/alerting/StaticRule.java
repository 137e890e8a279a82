package io.globaldesk.alerting;

import java.time.Duration;

/** A fixed-threshold rule beside the learned detectors, as RTC vendors configure them. */
public interface StaticRule {
    /** Stable name, used to key the rule's alert state. */
    String name();

    Metric metric();

    /** How long the condition must hold before the alert fires ({@code 1 min} = "for 2 cycles" of one minute). */
    Duration holdFor();

    boolean breached(ScopeMinute row);
}
