package io.globaldesk.diagnosis;

/**
 * Turns the margins a verdict rests on into a confidence. The weakest margin decides: a verdict is only as sure as its
 * least clear condition. A margin of 0 gives 0.5, a margin of 0.25 (a quarter past a limit) about 0.79, 1 about 0.98.
 */
final class Confidence {
    /** Stands in for the margin of a condition that could not be checked, such as a cohort with too few users. */
    static final double UNCHECKED = 0.1;

    private Confidence() {}

    static double of(double... margins) {
        double weakest = Double.POSITIVE_INFINITY;
        for (double margin : margins) weakest = Math.min(weakest, margin);
        double clamped = Math.max(0, weakest);
        double confidence = 0.5 + 0.49 * (1 - Math.exp(-3.5 * clamped));
        return Math.round(confidence * 100) / 100.0;
    }
}
