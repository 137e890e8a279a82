package io.globaldesk.alerting;

/** Which deviations count as anomalies: a loss rate only matters when it rises, a quality score when it falls. */
public enum Direction {
    BOTH, UP, DOWN;

    double signed(double z) {
        return switch (this) {
            case BOTH -> Math.abs(z);
            case UP -> Math.max(0, z);
            case DOWN -> Math.max(0, -z);
        };
    }
}
