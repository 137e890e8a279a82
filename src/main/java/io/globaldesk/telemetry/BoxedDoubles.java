package io.globaldesk.telemetry;

/**
 * Shared boxes for the values samples carry most (whole numbers up to 4095, tenths up to 100.0), so that a decoded
 * sample does not allocate eleven Doubles; any other value gets a fresh box. NaN stands for an absent value.
 */
final class BoxedDoubles {

    private static final Double[] WHOLE = new Double[4096];
    private static final Double[] TENTHS = new Double[1001];

    static {
        for (int i = 0; i < WHOLE.length; i++) WHOLE[i] = (double) i;
        for (int i = 0; i < TENTHS.length; i++) TENTHS[i] = i / 10.0; // the double nearest i/10, as Double.parseDouble reads it
    }

    private BoxedDoubles() {
    }

    static Double box(double v) {
        if (Double.isNaN(v)) return null;
        int i = (int) v;
        if (i == v && i >= 0 && i < WHOLE.length && Double.doubleToRawLongBits(v) != Long.MIN_VALUE) return WHOLE[i];
        long tenths = Math.round(v * 10);
        if (tenths >= 0 && tenths < TENTHS.length) {
            Double box = TENTHS[(int) tenths];
            if (Double.doubleToRawLongBits(box) == Double.doubleToRawLongBits(v)) return box; // never -0.0 for 0.0
        }
        return v;
    }
}
