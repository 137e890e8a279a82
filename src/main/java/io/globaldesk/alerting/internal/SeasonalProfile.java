package io.globaldesk.alerting.internal;

/**
 * A robust seasonal baseline (hour of day, or hour of week): a linear spline through per-bucket knots, each knot a
 * Huber-clipped, exponentially forgetting location and mean absolute deviation, so an incident inside a bucket barely moves
 * what that bucket expects next time, and a steep cycle is not mistaken for noise within a bucket.
 */
public final class SeasonalProfile {
    private static final double HUBER = 2.5;
    private final long periodMinutes;
    private final double bucketMinutes;
    private final double memory;
    private final int buckets;
    private final float[] location;
    private final float[] deviation;
    private final int[] count;
    // the two knots around the minute last positioned, and the weight of the right one
    private int left;
    private int right;
    private double weight;

    public SeasonalProfile(long periodMinutes, long bucketMinutes, double memory) {
        this.periodMinutes = periodMinutes;
        this.bucketMinutes = bucketMinutes;
        this.memory = memory;
        this.buckets = (int) (periodMinutes / bucketMinutes);
        location = new float[buckets];
        deviation = new float[buckets];
        count = new int[buckets];
    }

    /** Positions the profile at a minute; the other methods then refer to it. Knots sit at bucket centres. */
    public void at(long epochMinute) {
        double pos = Math.floorMod(epochMinute, periodMinutes) / bucketMinutes - 0.5;
        int l = (int) Math.floor(pos);
        weight = pos - l;
        left = Math.floorMod(l, buckets);
        right = (left + 1) % buckets;
    }

    public boolean knows() {
        return count[left] > 0 && count[right] > 0;
    }

    public double expected() {
        return (1 - weight) * location[left] + weight * location[right];
    }

    /** Mean absolute deviation around the spline, scaled to a standard deviation for normal noise. */
    public double scale() {
        return 1.2533 * ((1 - weight) * deviation[left] + weight * deviation[right]);
    }

    /**
     * @param stepMinutes typical sampling step, so that a knot forgets over the same number of visits whether it
     *                    receives 12 or 60 points per visit
     * @param floor       smallest scale used to clip, so a flat bucket still learns a new level eventually
     */
    public void update(double value, double stepMinutes, double floor) {
        double perVisit = Math.max(1.0, bucketMinutes / Math.max(stepMinutes, 1e-3));
        if (!knows()) {
            seed(left, value);
            seed(right, value);
        }
        double r = value - expected();
        double limit = HUBER * Math.max(scale(), floor);
        double clipped = Math.max(-limit, Math.min(limit, r));
        double absDev = Math.min(Math.abs(r), limit);
        learn(left, 1 - weight, clipped, absDev, perVisit);
        learn(right, weight, clipped, absDev, perVisit);
    }

    private void seed(int k, double value) {
        if (count[k] == 0) {
            location[k] = (float) value;
            deviation[k] = 0f;
        }
    }

    private void learn(int k, double share, double clipped, double absDev, double perVisit) {
        if (share <= 0) return;
        int n = count[k];
        double alpha = share * Math.max(1.0 / (n + 1), 1.0 / (memory * perVisit));
        location[k] += (float) (alpha * clipped);
        deviation[k] += (float) (alpha * (absDev - deviation[k]));
        if (n < Integer.MAX_VALUE) count[k] = n + 1;
    }
}
