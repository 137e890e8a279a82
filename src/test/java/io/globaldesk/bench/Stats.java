package io.globaldesk.bench;

import java.util.Arrays;

/** Median and tail of measured durations, for the benchmark drivers' reports. */
final class Stats {

    private Stats() {
    }

    static String millis(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("median %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)", at(s, 0.5) / 1e6, at(s, 0.99) / 1e6,
                s[s.length - 1] / 1e6, s.length);
    }

    private static double at(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
