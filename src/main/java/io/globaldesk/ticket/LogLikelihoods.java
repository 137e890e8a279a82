package io.globaldesk.ticket;

/**
 * The smoothed log-likelihoods {@code log((count + alpha) / (total[c] + alpha * vocabulary))} of a naive Bayes model in
 * one state, tabulated for small counts. A ticket's hundred-odd features are looked up in every category, and almost
 * all those counts are small (0 above all), so a table made once per state of the model replaces about a thousand
 * logarithms per classification by reads. Larger counts are rare and computed each time. Either way the expression is
 * the one {@link NaiveBayesModel} always used, so the result has the same bits. Immutable.
 */
final class LogLikelihoods {

    static final int TABULATED_COUNTS = 32;

    private final double alpha;
    private final double[] denominators;
    /** By category, then count. */
    private final double[] table;

    LogLikelihoods(double alpha, long[] totalFeatures, int vocabulary) {
        this.alpha = alpha;
        int categories = totalFeatures.length;
        this.denominators = new double[categories];
        this.table = new double[categories * TABULATED_COUNTS];
        for (int c = 0; c < categories; c++) {
            denominators[c] = totalFeatures[c] + alpha * vocabulary;
            for (int count = 0; count < TABULATED_COUNTS; count++) {
                table[c * TABULATED_COUNTS + count] = compute(count, c);
            }
        }
    }

    double of(int count, int category) {
        return count < TABULATED_COUNTS ? table[category * TABULATED_COUNTS + count] : compute(count, category);
    }

    private double compute(int count, int category) {
        return Math.log((count + alpha) / denominators[category]);
    }
}
