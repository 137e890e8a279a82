package io.globaldesk.diagnosis;

import java.util.Arrays;

/** Order statistics over the first {@code n} values of an array; NaN entries (missing metrics) are ignored. */
final class Quantiles {
    private Quantiles() {}

    /** Sorts the values in place (NaNs last) and returns how many are real numbers. */
    static int sortFinite(double[] values, int n) {
        Arrays.sort(values, 0, n);
        int finite = n;
        while (finite > 0 && Double.isNaN(values[finite - 1])) finite--;
        return finite;
    }

    /** Nearest-rank quantile of already sorted values; NaN when there are none. */
    static double ofSorted(double[] sorted, int n, double q) {
        if (n == 0) return Double.NaN;
        int rank = (int) Math.ceil(q * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    static double median(double[] values, int n) {
        int finite = sortFinite(values, n);
        return ofSorted(values, finite, 0.5);
    }

    static double mean(double[] values, int n) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(values[i])) { sum += values[i]; count++; }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    static double value(Double boxed) {
        return boxed == null ? Double.NaN : boxed;
    }

    /** The worse of uplink and downlink loss, or whichever one was reported. */
    static double worseLoss(Double uplink, Double downlink) {
        double up = value(uplink), down = value(downlink);
        if (Double.isNaN(up)) return down;
        if (Double.isNaN(down)) return up;
        return Math.max(up, down);
    }
}
