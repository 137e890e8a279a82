package io.globaldesk.alerting.internal;

/**
 * A robust baseline per seasonal bucket (slot of the day, or of the week): a Huber-clipped, exponentially forgetting
 * location and mean absolute deviation, so an incident inside a bucket barely moves what that bucket expects next time.
 * Buckets are steps, not a spline: daily square waves (business hours, batch jobs) switch at bucket edges.
 */
public final class SeasonalProfile {
    private static final double HUBER = 2.5;
    private final long periodMinutes;
    private final long bucketMinutes;
    private final double memory;
    private final float[] location;
    private final float[] deviation;
    private final int[] count;
    private int bucket;

    public SeasonalProfile(long periodMinutes, long bucketMinutes, double memory) {
        this.periodMinutes = periodMinutes;
        this.bucketMinutes = bucketMinutes;
        this.memory = memory;
        int buckets = (int) (periodMinutes / bucketMinutes);
        location = new float[buckets];
        deviation = new float[buckets];
        count = new int[buckets];
    }

    /** Positions the profile at a minute; the other methods then refer to its bucket. */
    public void at(long epochMinute) {
        bucket = (int) (Math.floorMod(epochMinute, periodMinutes) / bucketMinutes);
    }

    public boolean knows() {
        return count[bucket] > 0;
    }

    public double expected() {
        return location[bucket];
    }

    /** Mean absolute deviation in the bucket, scaled to a standard deviation for normal noise. */
    public double scale() {
        return deviation[bucket] * 1.2533;
    }

    /**
     * @param stepMinutes typical sampling step, so that a bucket forgets over the same number of visits whether it
     *                    receives 12 or 60 points per visit
     * @param floor       smallest scale used to clip, so a flat bucket still learns a new level eventually
     */
    public void update(double value, double stepMinutes, double floor) {
        int n = count[bucket];
        double perVisit = Math.max(1.0, bucketMinutes / Math.max(stepMinutes, 1e-3));
        double alpha = Math.max(1.0 / (n + 1), 1.0 / (memory * perVisit));
        if (n == 0) {
            location[bucket] = (float) value;
            deviation[bucket] = 0f;
        } else {
            double r = value - location[bucket];
            double limit = HUBER * Math.max(scale(), floor);
            double clipped = Math.max(-limit, Math.min(limit, r));
            location[bucket] += (float) (alpha * clipped);
            deviation[bucket] += (float) (alpha * (Math.min(Math.abs(r), limit) - deviation[bucket]));
        }
        if (n < Integer.MAX_VALUE) count[bucket] = n + 1;
    }
}
