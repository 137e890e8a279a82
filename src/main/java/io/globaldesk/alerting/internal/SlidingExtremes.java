package io.globaldesk.alerting.internal;

/**
 * The largest and smallest of the last N values, kept with two monotonic queues (amortised O(1) per value).
 */
public final class SlidingExtremes {
    private final int capacity;
    private final double[] maxValues;
    private final long[] maxIndex;
    private final double[] minValues;
    private final long[] minIndex;
    private int maxHead;
    private int maxSize;
    private int minHead;
    private int minSize;
    private long count;

    public SlidingExtremes(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("a sliding window holds at least one value, was " + capacity);
        this.capacity = capacity;
        this.maxValues = new double[capacity];
        this.maxIndex = new long[capacity];
        this.minValues = new double[capacity];
        this.minIndex = new long[capacity];
    }

    public void add(double v) {
        long expired = count - capacity;
        if (maxSize > 0 && maxIndex[maxHead] <= expired) {
            maxHead = (maxHead + 1) % capacity;
            maxSize--;
        }
        if (minSize > 0 && minIndex[minHead] <= expired) {
            minHead = (minHead + 1) % capacity;
            minSize--;
        }
        while (maxSize > 0 && maxValues[(maxHead + maxSize - 1) % capacity] <= v) maxSize--;
        int at = (maxHead + maxSize) % capacity;
        maxValues[at] = v;
        maxIndex[at] = count;
        maxSize++;
        while (minSize > 0 && minValues[(minHead + minSize - 1) % capacity] >= v) minSize--;
        at = (minHead + minSize) % capacity;
        minValues[at] = v;
        minIndex[at] = count;
        minSize++;
        count++;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The largest of the last N values; negative infinity before the first. */
    public double max() {
        return maxSize == 0 ? Double.NEGATIVE_INFINITY : maxValues[maxHead];
    }

    /** The smallest of the last N values; positive infinity before the first. */
    public double min() {
        return minSize == 0 ? Double.POSITIVE_INFINITY : minValues[minHead];
    }
}
