package io.globaldesk.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One SLA clock as seen at an instant. {@code dueAt} is null while the clock is paused (pending the customer), since it
 * then depends on when the customer answers.
 */
public record SlaStatus(SlaMeasure measure, State state, boolean paused, Duration target, Duration elapsed, Instant dueAt) {

    public enum State { ON_TRACK, WARNING, BREACHED, MET, MISSED }

    /** Elapsed business time as a share of the target, e.g. 0.8 at the warning threshold. */
    public double elapsedFraction() {
        return (double) elapsed.toMillis() / target.toMillis();
    }
}
