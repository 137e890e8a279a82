package io.globaldesk.alerting.internal;

/**
 * Prometheus alert lifecycle for one condition: inactive → pending when the condition holds, → firing once it has held
 * for the hold duration, and back to inactive only after it has been false for the keep-firing duration.
 */
public final class AlertState {
    public enum Phase { INACTIVE, PENDING, FIRING }

    private Phase phase = Phase.INACTIVE;
    private long activeAt;
    private long lastTrueAt;
    private long onset;

    /**
     * @param onsetIfNew estimated start of the deviation, remembered when the alert becomes pending
     */
    public void observe(boolean condition, long now, long holdMillis, long keepFiringMillis, long onsetIfNew) {
        if (condition) {
            if (phase == Phase.INACTIVE) {
                phase = Phase.PENDING;
                activeAt = now;
                onset = Math.min(onsetIfNew, now);
            }
            lastTrueAt = now;
            if (phase == Phase.PENDING && now - activeAt >= holdMillis) phase = Phase.FIRING;
        } else if (phase == Phase.PENDING || (phase == Phase.FIRING && now - lastTrueAt >= keepFiringMillis)) {
            phase = Phase.INACTIVE;
        }
    }

    public Phase phase() {
        return phase;
    }

    public boolean firing() {
        return phase == Phase.FIRING;
    }

    public boolean active() {
        return phase != Phase.INACTIVE;
    }

    public long activeAt() {
        return activeAt;
    }

    public long onset() {
        return onset;
    }
}
