package io.globaldesk.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Scores anomaly detections the way the Numenta Anomaly Benchmark does (its sweeper): the first 15% of each file (at most
 * 750 rows) is probationary; inside a window the best (earliest) detection earns the scaled sigmoid of its relative
 * position, weighted by tpWeight / sigmoid(-1); a window without detection costs fnWeight; each detection outside windows
 * costs fpWeight times the scaled sigmoid of its distance past the preceding window (full cost before any window).
 * Corpus scores are normalised so that a detector that never fires scores 0 and a perfect one 100.
 */
public final class NabScorer {

    public enum Profile {
        STANDARD(1.0, 0.11, 1.0), REWARD_LOW_FP(1.0, 0.22, 1.0), REWARD_LOW_FN(1.0, 0.11, 2.0);

        final double tp;
        final double fp;
        final double fn;

        Profile(double tp, double fp, double fn) {
            this.tp = tp;
            this.fp = fp;
            this.fn = fn;
        }
    }

    public record Window(LocalDateTime start, LocalDateTime end) {
        public Window {
            Objects.requireNonNull(start, "a window needs a start");
            Objects.requireNonNull(end, "a window needs an end");
            if (end.isBefore(start)) throw new IllegalArgumentException("a window ends before it starts: " + start + " > " + end);
        }
    }

    /** One data file with the detector's anomaly score per row. */
    public record ScoredFile(String name, List<LocalDateTime> timestamps, double[] scores, List<Window> windows) {
        public ScoredFile {
            if (timestamps.size() != scores.length) {
                throw new IllegalArgumentException(name + ": " + timestamps.size() + " timestamps but " + scores.length + " scores");
            }
        }
    }

    /** Corpus result at one threshold. */
    public record Result(Profile profile, double threshold, double raw, double nullScore, double perfectScore,
                         int truePositives, int falsePositives, int falseNegatives) {
        public double normalised() {
            return 100.0 * (raw - nullScore) / (perfectScore - nullScore);
        }
    }

    /** A scored row after the sweep: its anomaly score, what detecting it is worth, and its window (-1 outside). */
    record Row(double anomalyScore, double sweepScore, int window) {
    }

    private static final double MAX_TP = scaledSigmoid(-1.0);

    public static double scaledSigmoid(double relativePosition) {
        if (relativePosition >= 3.0) return -1.0;
        return 2.0 / (1.0 + Math.exp(5.0 * relativePosition)) - 1.0;
    }

    static int probationaryLength(int rows) {
        return (int) Math.min(Math.floor(0.15 * rows), 0.15 * 5000);
    }

    /** Sweeps one file: the scorable rows (probation removed), with window ids starting at {@code firstWindowId}. */
    static List<Row> sweep(ScoredFile file, Profile p, int firstWindowId) {
        List<LocalDateTime> ts = file.timestamps();
        int n = ts.size();
        int probation = probationaryLength(n);
        List<Row> rows = new ArrayList<>(n);
        int nextWindow = 0;
        int windowId = -1;
        int windowRight = -1;
        double windowWidth = 0;
        int prevRight = -1;
        double prevWidth = 0;
        List<Window> windows = file.windows();
        for (int i = 0; i < n; i++) {
            if (windowId < 0 && nextWindow < windows.size() && !ts.get(i).isBefore(windows.get(nextWindow).start())) {
                Window w = windows.get(nextWindow);
                windowRight = lastIndexAtOrBefore(ts, w.end(), i);
                windowWidth = windowRight - i + 1;
                windowId = firstWindowId + nextWindow;
                nextWindow++;
            }
            double sweepScore;
            if (windowId >= 0) {
                double position = -(windowRight - i + 1) / windowWidth;
                sweepScore = scaledSigmoid(position) * p.tp / MAX_TP;
            } else {
                double position = prevRight < 0 ? 3.0 : Math.abs(prevRight - i) / (prevWidth - 1);
                sweepScore = scaledSigmoid(position) * p.fp;
            }
            if (i >= probation) rows.add(new Row(file.scores()[i], sweepScore, windowId));
            if (windowId >= 0 && i == windowRight) {
                prevRight = i;
                prevWidth = windowWidth;
                windowId = -1;
            }
        }
        return rows;
    }

    private static int lastIndexAtOrBefore(List<LocalDateTime> ts, LocalDateTime end, int from) {
        int j = from;
        while (j + 1 < ts.size() && !ts.get(j + 1).isAfter(end)) j++;
        return j;
    }

    /** The corpus score when every row scoring at least {@code threshold} counts as a detection. */
    public Result scoreAt(List<ScoredFile> files, Profile p, double threshold) {
        return sweepThresholds(files, p, threshold);
    }

    /** NAB's threshold optimisation: the single corpus-wide threshold that maximises the profile's score. */
    public Result optimise(List<ScoredFile> files, Profile p) {
        return sweepThresholds(files, p, Double.NaN);
    }

    /** Walks the rows from the highest score down, as NAB does; with a NaN target it keeps the best threshold. */
    private Result sweepThresholds(List<ScoredFile> files, Profile p, double target) {
        List<Row> all = new ArrayList<>();
        int windowCount = 0;
        for (ScoredFile f : files) {
            all.addAll(sweep(f, p, windowCount));
            windowCount += f.windows().size();
        }
        double[] best = new double[windowCount];
        boolean[] scorable = new boolean[windowCount];
        for (Row r : all) if (r.window() >= 0) scorable[r.window()] = true;
        int scorableWindows = 0;
        for (int w = 0; w < windowCount; w++) {
            best[w] = -p.fn;
            if (scorable[w]) scorableWindows++;
        }
        double nullScore = -p.fn * scorableWindows;
        double perfect = p.tp * scorableWindows;
        all.sort(Comparator.comparingDouble(Row::anomalyScore).reversed());

        double windowSum = nullScore;
        double fpSum = 0;
        int fp = 0;
        int tp = 0;
        boolean[] hit = new boolean[windowCount];
        Result bestResult = new Result(p, 1.1, nullScore, nullScore, perfect, 0, 0, scorableWindows);
        int i = 0;
        while (i < all.size()) {
            double threshold = all.get(i).anomalyScore();
            if (!Double.isNaN(target) && threshold < target) break;
            for (; i < all.size() && all.get(i).anomalyScore() == threshold; i++) {
                Row r = all.get(i);
                if (r.window() < 0) {
                    fpSum += r.sweepScore();
                    fp++;
                } else {
                    if (!hit[r.window()]) {
                        hit[r.window()] = true;
                        tp++;
                    }
                    if (r.sweepScore() > best[r.window()]) {
                        windowSum += r.sweepScore() - best[r.window()];
                        best[r.window()] = r.sweepScore();
                    }
                }
            }
            Result here = new Result(p, threshold, windowSum + fpSum, nullScore, perfect, tp, fp, scorableWindows - tp);
            if (!Double.isNaN(target) || here.raw() > bestResult.raw()) bestResult = here;
        }
        if (!Double.isNaN(target) && bestResult.threshold() != 1.1) {
            bestResult = new Result(p, target, bestResult.raw(), nullScore, perfect, bestResult.truePositives(),
                    bestResult.falsePositives(), bestResult.falseNegatives());
        }
        return bestResult;
    }
}
