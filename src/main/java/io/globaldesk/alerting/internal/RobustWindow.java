package io.globaldesk.alerting.internal;

import java.util.Arrays;

/**
 * The last N values of a series with their median and MAD. The median absorbs isolated outliers and follows a level
 * shift only once it covers half the window, which is the behaviour a fallback baseline needs.
 */
public final class RobustWindow {
    private final double[] values;
    private int size;
    private int next;
    private double median;
    private double mad;
    private boolean stale = true;

    public RobustWindow(int capacity) {
        this.values = new double[capacity];
    }

    public void add(double v) {
        values[next] = v;
        next = (next + 1) % values.length;
        if (size < values.length) size++;
        stale = true;
    }

    public int size() {
        return size;
    }

    public double median() {
        refresh();
        return median;
    }

    /** Median absolute deviation, not yet scaled to a standard deviation. */
    public double mad() {
        refresh();
        return mad;
    }

    private void refresh() {
        if (!stale) return;
        stale = false;
        if (size == 0) {
            median = 0;
            mad = 0;
            return;
        }
        double[] tmp = Arrays.copyOf(values, size);
        Arrays.sort(tmp);
        median = middle(tmp);
        for (int i = 0; i < size; i++) tmp[i] = Math.abs(tmp[i] - median);
        Arrays.sort(tmp);
        mad = middle(tmp);
    }

    private double middle(double[] sorted) {
        int n = sorted.length;
        return (n & 1) == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
