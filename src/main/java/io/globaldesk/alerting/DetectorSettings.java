package io.globaldesk.alerting;

/**
 * Tuning of the {@link AnomalyDetector}. Counts are in points, so the same settings serve 1-minute and 5-minute series;
 * seasonal buckets are in wall-clock minutes of the points' own timestamps (UTC).
 *
 * @param window          points in the recent-window baseline (median/MAD), the fallback while seasons are short
 * @param minHistory      points seen before anything is scored
 * @param bucketMinutes   width of a seasonal bucket (daily profile has 1440/bucketMinutes buckets, weekly 7 times as many)
 * @param seasonMemory    visits of a bucket over which its baseline forgets (exponential forgetting)
 * @param minSeasons      whole periods of history needed before a seasonal profile may be used
 * @param pointZ          robust z-score at which a single point scores 0.5
 * @param cusumK          CUSUM slack per point, in robust z units
 * @param cusumH          CUSUM decision level: the change-point statistic scores 0.5 here
 * @param zCap            cap on |z| fed to the CUSUM, so one huge outlier cannot fake a level shift
 * @param tailAdaptation  learning rate of the tracked 99th percentile of |z| that widens the band of heavy-tailed series
 *                        (0 turns the calibration off)
 * @param direction       which deviations count
 * @param noveltyMargin   excess beyond the range of the remembered history (as a fraction of that range) at which a new
 *                        extreme scores 0.5; 0 turns the novelty detector off
 * @param noveltyWarmup   points seen before a new extreme may count as news
 * @param noveltyWindow   points of history whose range a new extreme is measured against (0: the whole history)
 * @param recentMemory    points over which recent extremes are remembered: a point deviation no further out than 1.3 times
 *                        the recent extreme on its side is a recurring pattern, and its point score is damped by 0.8;
 *                        0 turns this memory off (it costs about 10 kB per series)
 */
public record DetectorSettings(int window, int minHistory, int bucketMinutes, double seasonMemory, int minSeasons,
                               double pointZ, double cusumK, double cusumH, double zCap, double tailAdaptation, Direction direction,
                               double noveltyMargin, int noveltyWarmup, int noveltyWindow, int recentMemory) {

    /** Settings without the novelty detector. */
    public DetectorSettings(int window, int minHistory, int bucketMinutes, double seasonMemory, int minSeasons,
                            double pointZ, double cusumK, double cusumH, double zCap, double tailAdaptation, Direction direction) {
        this(window, minHistory, bucketMinutes, seasonMemory, minSeasons, pointZ, cusumK, cusumH, zCap, tailAdaptation, direction, 0, 0, 0, 0);
    }

    public DetectorSettings {
        if (window < 8) throw new IllegalArgumentException("the recent window needs at least 8 points, was " + window);
        if (minHistory < 2) throw new IllegalArgumentException("minHistory must be at least 2, was " + minHistory);
        if (bucketMinutes <= 0 || 1440 % bucketMinutes != 0) {
            throw new IllegalArgumentException("bucketMinutes must divide a day, was " + bucketMinutes);
        }
        if (!(pointZ > 0) || !(cusumK >= 0) || !(cusumH > 0) || !(zCap > cusumK) || !(seasonMemory >= 1)) {
            throw new IllegalArgumentException("pointZ, cusumH > 0, zCap > cusumK >= 0 and seasonMemory >= 1 are required");
        }
        if (!(tailAdaptation >= 0 && tailAdaptation < 1)) throw new IllegalArgumentException("tailAdaptation must be in [0, 1)");
        if (direction == null) throw new IllegalArgumentException("a direction is required");
        if (!(noveltyMargin >= 0) || noveltyWarmup < 0 || noveltyWindow < 0 || recentMemory < 0) {
            throw new IllegalArgumentException("noveltyMargin, noveltyWarmup, noveltyWindow and recentMemory must not be negative");
        }
    }

    /** Settings for arbitrary series (the {@code /anomaly/detect} endpoint and the NAB benchmark). */
    public static DetectorSettings defaults() {
        return new DetectorSettings(256, 24, 30, 2, 2, 5.0, 1.0, 11.0, 5.0, 0.04, Direction.BOTH, 0.05, 200, 2016, 400);
    }

    /** Settings for live per-minute aggregates: a two-hour recent window so a 30-minute degradation is not learned away. */
    public static DetectorSettings liveMinutes(Direction direction) {
        return new DetectorSettings(120, 30, 60, 4, 2, 6.0, 1.0, 12.0, 5.0, 0.002, direction);
    }

    public DetectorSettings withDirection(Direction d) {
        return new DetectorSettings(window, minHistory, bucketMinutes, seasonMemory, minSeasons, pointZ, cusumK, cusumH, zCap, tailAdaptation, d,
                noveltyMargin, noveltyWarmup, noveltyWindow, recentMemory);
    }
}
