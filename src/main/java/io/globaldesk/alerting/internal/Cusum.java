package io.globaldesk.alerting.internal;

/**
 * Two-sided CUSUM on robust z-scores: it accumulates a persistent shift that no single point shows, and remembers where
 * the accumulation began, which is the estimated onset of the change.
 */
public final class Cusum {
    private final double k;
    private final double cap;
    private double up;
    private double down;
    private long upStart = Long.MIN_VALUE;
    private long downStart = Long.MIN_VALUE;

    public Cusum(double k, double h) {
        this.k = k;
        this.cap = 2 * h;  // bounded so the statistic decays within a few dozen points once the series settles
    }

    public void update(double z, long epochMillis) {
        // a point on the other side of the baseline halves the statistic: the shift is over, and an alert held up only
        // by the accumulated sum would outlive its cause
        double nextUp = Math.min(cap, Math.max(0, (z <= 0 ? 0.5 * up : up) + z - k));
        double nextDown = Math.min(cap, Math.max(0, (z >= 0 ? 0.5 * down : down) - z - k));
        if (up == 0 && nextUp > 0) upStart = epochMillis;
        if (down == 0 && nextDown > 0) downStart = epochMillis;
        up = nextUp;
        down = nextDown;
    }

    public double up() {
        return up;
    }

    public double down() {
        return down;
    }

    public long upStart() {
        return upStart;
    }

    public long downStart() {
        return downStart;
    }

    public void reset() {
        up = 0;
        down = 0;
    }
}
