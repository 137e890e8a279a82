package io.globaldesk.alerting;

import io.globaldesk.alerting.internal.Cusum;
import io.globaldesk.alerting.internal.RobustWindow;
import io.globaldesk.alerting.internal.SeasonalProfile;
import io.globaldesk.alerting.internal.SlidingExtremes;

import java.time.Instant;

/**
 * The streaming state of one series inside an {@link AnomalyDetector}: created by {@link AnomalyDetector#newSeries()},
 * fed in timestamp order. Not thread-safe; one state belongs to one series.
 */
public final class SeriesState {
    private static final long DAY = 1440;
    private static final long WEEK = 7 * DAY;
    private static final double ERROR_ALPHA = 0.02;
    private static final double SLOW_ALPHA = 0.01;
    private static final double NORMAL_TAIL = 2.6;
    private static final double NOVELTY_SCALES = 1.0; // a new extreme must also clear the robust scale once

    private final DetectorSettings settings;
    private final RobustWindow recent;
    private final SeasonalProfile daily;
    private final SeasonalProfile weekly;
    private final Cusum cusum;

    private long points;
    private long firstMillis;
    private long lastMillis = Long.MIN_VALUE;
    private double lastValue;
    private double stepMinutes;
    private double meanAbsStep;   // typical point-to-point movement: the noise floor of quantised or flat series
    private double longDeviation; // typical distance from the recent median over a long horizon
    private double errRecent;
    private double errDaily;
    private double errWeekly;
    private final double[] tailZ = {NORMAL_TAIL, NORMAL_TAIL, NORMAL_TAIL};
    private double highest = Double.NEGATIVE_INFINITY; // extremes of the whole history: a value beyond them is news
    private double lowest = Double.POSITIVE_INFINITY;
    private final SlidingExtremes remembered;          // or of the last noveltyWindow points, when set
    private static final double RECURRING_REACH = 1.3; // a deviation within 1.3 x the recent extreme recurs
    private static final double RECURRING_DAMPING = 0.8;
    private final SlidingExtremes lately;             // null when the settings keep no recent memory

    SeriesState(DetectorSettings settings) {
        this.settings = settings;
        this.recent = new RobustWindow(settings.window());
        this.daily = new SeasonalProfile(DAY, settings.bucketMinutes(), settings.seasonMemory());
        this.weekly = new SeasonalProfile(WEEK, settings.bucketMinutes(), settings.seasonMemory());
        this.cusum = new Cusum(settings.cusumK(), settings.cusumH());
        this.remembered = settings.noveltyMargin() > 0 && settings.noveltyWindow() > 0 ? new SlidingExtremes(settings.noveltyWindow()) : null;
        this.lately = settings.recentMemory() > 0 ? new SlidingExtremes(settings.recentMemory()) : null;
    }

    /** Points seen so far. */
    public long points() {
        return points;
    }

    ScoredPoint score(Instant ts, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a series value must be a finite number, was " + value + " at " + ts);
        }
        // Real feeds occasionally step back in time (clock corrections); such a point is scored as if it came at the
        // latest time seen, so the state never runs backwards.
        long millis = points > 0 ? Math.max(ts.toEpochMilli(), lastMillis) : ts.toEpochMilli();
        trackSampling(millis, value);
        long minute = Math.floorDiv(millis, 60_000L);
        daily.at(minute);
        weekly.at(minute);
        double floor = scaleFloor();

        if (points < settings.minHistory()) {
            learn(value, floor, value, value, value);
            return new ScoredPoint(ts, value, 0, false, value, 0, null);
        }

        int model = 0;
        double recentExpected = recent.median();
        double expected = recentExpected;
        double scale = 1.4826 * recent.mad();
        double spanMinutes = (millis - firstMillis) / 60_000.0;
        double dailyExpected = Double.NaN;
        double weeklyExpected = Double.NaN;
        if (spanMinutes >= settings.minSeasons() * DAY && daily.knows()) {
            dailyExpected = daily.expected();
            if (errDaily < 0.8 * errRecent) {
                model = 1;
                expected = dailyExpected;
                scale = daily.scale();
            }
        }
        if (spanMinutes >= settings.minSeasons() * WEEK && weekly.knows()) {
            weeklyExpected = weekly.expected();
            if (errWeekly < 0.8 * Math.min(errRecent, errDaily)) {
                model = 2;
                expected = weeklyExpected;
                scale = weekly.scale();
            }
        }
        scale = Math.max(scale, floor);
        double rawZ = (value - expected) / scale;
        // each baseline has its own residual tails: a recent window lags a steep cycle that the seasonal profile follows
        double z = rawZ / Math.max(1.0, tailZ[model] / NORMAL_TAIL);
        trackTail(model, Math.abs(rawZ));
        double zc = Math.max(-settings.zCap(), Math.min(settings.zCap(), z));
        Direction direction = settings.direction();
        cusum.update(direction == Direction.DOWN ? Math.min(0, zc) : direction == Direction.UP ? Math.max(0, zc) : zc, millis);

        double pz = direction.signed(z);
        double pointScore = pz * pz / (pz * pz + settings.pointZ() * settings.pointZ());
        if (seenLately(value, recentExpected, direction)) pointScore *= RECURRING_DAMPING;
        double shift = switch (direction) {
            case UP -> cusum.up();
            case DOWN -> cusum.down();
            case BOTH -> Math.max(cusum.up(), cusum.down());
        };
        double shiftScore = shift / (shift + settings.cusumH());
        double score = Math.max(Math.max(pointScore, shiftScore), noveltyScore(value, direction, scale));
        boolean anomaly = score >= 0.5;
        Instant onset = null;
        if (shift > 0 || anomaly) {
            long start = direction == Direction.DOWN || (direction == Direction.BOTH && cusum.down() > cusum.up())
                    ? cusum.downStart() : cusum.upStart();
            onset = start == Long.MIN_VALUE || shift == 0 ? ts : Instant.ofEpochMilli(start);
        }
        learn(value, floor, recentExpected, dailyExpected, weeklyExpected);
        return new ScoredPoint(ts, value, score, anomaly, expected, z, onset);
    }

    /** How far the value lies beyond every value seen before, relative to the historical range; 0 inside it. */
    private double noveltyScore(double value, Direction direction, double scale) {
        double margin = settings.noveltyMargin();
        if (margin <= 0 || points < settings.noveltyWarmup()) return 0;
        double highest = remembered != null ? remembered.max() : this.highest;
        double lowest = remembered != null ? remembered.min() : this.lowest;
        double range = highest - lowest;
        if (!(range > 0)) return 0;
        double beyond = Math.max(direction == Direction.DOWN ? 0 : value - highest, direction == Direction.UP ? 0 : lowest - value);
        if (beyond <= NOVELTY_SCALES * scale) return 0;
        double excess = beyond / range;
        return excess / (excess + margin);
    }

    /** Whether a value as far out as this one was seen among the recent points (a recurring spike is not news). */
    private boolean seenLately(double value, double center, Direction direction) {
        if (lately == null || lately.isEmpty()) return false;
        double hi = lately.max();
        double lo = lately.min();
        boolean up = value > center;
        if (up && direction == Direction.DOWN || !up && direction == Direction.UP) return false;
        return up ? value <= center + RECURRING_REACH * (hi - center) : value >= center - RECURRING_REACH * (center - lo);
    }

    private void trackTail(int model, double absZ) {
        double eta = settings.tailAdaptation();
        if (eta <= 0) return;
        // rises quickly towards exceedances (a train of similar spikes soon stops being news), decays slowly back
        double t = tailZ[model];
        t = absZ > t ? t + 5 * eta * (Math.min(absZ, 50.0) - t) : t * Math.exp(-0.01 * eta);
        tailZ[model] = Math.max(NORMAL_TAIL, t);
    }

    private void trackSampling(long millis, double value) {
        if (points == 0) {
            firstMillis = millis;
        } else {
            double gap = Math.min((millis - lastMillis) / 60_000.0, 60.0);
            double move = Math.abs(value - lastValue);
            if (points == 1) {
                stepMinutes = gap;
                meanAbsStep = move;
            } else {
                stepMinutes += 0.05 * (gap - stepMinutes);
                meanAbsStep += SLOW_ALPHA * (move - meanAbsStep);
            }
        }
        lastMillis = millis;
        lastValue = value;
    }

    private double scaleFloor() {
        double level = Math.abs(recent.size() > 0 ? recent.median() : lastValue);
        return Math.max(Math.max(0.5 * meanAbsStep, 0.1 * longDeviation), 1e-6 * (1 + level));
    }

    private void learn(double value, double floor,
                       double recentExpected, double dailyExpected, double weeklyExpected) {
        if (points >= settings.minHistory()) {
            double e = Math.abs(value - recentExpected);
            errRecent += ERROR_ALPHA * (e - errRecent);
            longDeviation += SLOW_ALPHA * (Math.min(e, 10 * Math.max(longDeviation, floor)) - longDeviation);
            errDaily = Double.isNaN(dailyExpected) ? errDaily : errDaily + ERROR_ALPHA * (Math.abs(value - dailyExpected) - errDaily);
            errWeekly = Double.isNaN(weeklyExpected) ? errWeekly : errWeekly + ERROR_ALPHA * (Math.abs(value - weeklyExpected) - errWeekly);
            if (Double.isNaN(dailyExpected)) errDaily = errRecent * 2;
            if (Double.isNaN(weeklyExpected)) errWeekly = errRecent * 2;
        }
        if (lately != null) lately.add(value);
        if (remembered != null) remembered.add(value);
        highest = Math.max(highest, value);
        lowest = Math.min(lowest, value);
        recent.add(value);
        daily.update(value, stepMinutes, floor);
        weekly.update(value, stepMinutes, floor);
        points++;
    }
}
