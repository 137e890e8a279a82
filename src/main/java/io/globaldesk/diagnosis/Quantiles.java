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

    /**
     * The nearest-rank quantiles {@code q1 <= q2} of the first {@code n} values, which must be real numbers, found by
     * selection in linear time; the values are reordered. NaN for both when {@code n} is 0.
     */
    static double[] select(double[] values, int n, double q1, double q2) {
        if (n == 0) return new double[] {Double.NaN, Double.NaN};
        int k1 = rankIndex(n, q1), k2 = rankIndex(n, q2);
        double first = kth(values, 0, n, k1);
        double second = k2 == k1 ? first : kth(values, k1 + 1, n, k2);
        return new double[] {first, second};
    }

    private static int rankIndex(int n, double q) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(q * n) - 1));
    }

    /** Places the k-th smallest of values[from, to) at index k (Hoare's selection) and returns it. */
    private static double kth(double[] a, int from, int to, int k) {
        int lo = from, hi = to - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    double t = a[i]; a[i] = a[j]; a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return a[k];
        }
        return a[k];
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
