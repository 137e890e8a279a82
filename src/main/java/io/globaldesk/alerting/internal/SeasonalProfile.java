package io.globaldesk.alerting.internal;

/**
 * A robust baseline per seasonal bucket (hour of day, or hour of week): a Huber-clipped exponentially forgetting location
 * and mean absolute deviation, so an incident inside a bucket barely moves what that bucket expects next time.
 */
public final class SeasonalProfile {
    private static final double HUBER = 2.5;
    private final long periodMinutes;
    private final long bucketMinutes;
    private final double memory;
    private final float[] location;
    private final float[] deviation;
    private final int[] count;

    public SeasonalProfile(long periodMinutes, long bucketMinutes, double memory) {
        this.periodMinutes = periodMinutes;
        this.bucketMinutes = bucketMinutes;
        this.memory = memory;
        int buckets = (int) (periodMinutes / bucketMinutes);
        location = new float[buckets];
        deviation = new float[buckets];
        count = new int[buckets];
    }

    public long periodMinutes() {
        return periodMinutes;
    }

    public int bucket(long epochMinute) {
        return (int) (Math.floorMod(epochMinute, periodMinutes) / bucketMinutes);
    }

    public boolean knows(int bucket) {
        return count[bucket] > 0;
    }

    public double location(int bucket) {
        return location[bucket];
    }

    /** Mean absolute deviation in the bucket, scaled to a standard deviation for normal noise. */
    public double scale(int bucket) {
        return deviation[bucket] * 1.2533;
    }

    /**
     * @param stepMinutes typical sampling step, so that a bucket forgets over the same number of visits whether it
     *                    receives 12 or 60 points per visit
     * @param floor       smallest scale used to clip, so a flat bucket still learns a new level eventually
     */
    public void update(int bucket, double value, double stepMinutes, double floor) {
        int n = count[bucket];
        double perVisit = Math.max(1.0, bucketMinutes / Math.max(stepMinutes, 1e-3));
        double alpha = Math.max(1.0 / (n + 1), 1.0 / (memory * perVisit));
        if (n == 0) {
            location[bucket] = (float) value;
            deviation[bucket] = 0f;
        } else {
            double s = Math.max(scale(bucket), floor);
            double r = value - location[bucket];
            double limit = HUBER * s;
            double clipped = Math.max(-limit, Math.min(limit, r));
            location[bucket] += (float) (alpha * clipped);
            deviation[bucket] += (float) (alpha * (Math.min(Math.abs(r), limit) - deviation[bucket]));
        }
        if (n < Integer.MAX_VALUE) count[bucket] = n + 1;
    }
}
