package io.globaldesk.ticket;

import java.util.HashMap;
import java.util.Map;

/**
 * Multinomial naive Bayes over counted features, learnt one example at a time, so solved tickets can teach it
 * incrementally. {@link #learn} must run alone; {@link #posteriors} may run in several threads at once.
 * {@link TicketClassifier}'s read-write lock guarantees both.
 */
final class NaiveBayesModel {

    /** Lidstone smoothing, below 1 because most features never occur in most categories; tuned on the corpus. */
    private static final double ALPHA = 0.5;

    private final int categories;
    private final Map<String, int[]> featureCounts = new HashMap<>();
    private final long[] totalFeatures;
    private final int[] examples;
    private int exampleCount;
    /** For the model as it is now; dropped by {@link #learn}, made again by the next {@link #posteriors}. */
    private volatile LogLikelihoods likelihoods;

    NaiveBayesModel(int categories) {
        this.categories = categories;
        this.totalFeatures = new long[categories];
        this.examples = new int[categories];
    }

    void learn(Map<String, Integer> features, int category) {
        features.forEach((feature, count) -> {
            featureCounts.computeIfAbsent(feature, f -> new int[categories])[category] += count;
            totalFeatures[category] += count;
        });
        examples[category]++;
        exampleCount++;
        likelihoods = null;
    }

    int exampleCount() {
        return exampleCount;
    }

    /**
     * Posterior probabilities per category. Naive Bayes multiplies evidence as if features were independent, which
     * makes raw posteriors absurdly sure (0.99999 on a coin flip); dividing the log-likelihood by the number of
     * features seen (a temperature) brings them back to a usable scale.
     */
    double[] posteriors(Map<String, Integer> features) {
        double[] logP = new double[categories];
        LogLikelihoods likelihoods = likelihoods();
        int known = 0;
        for (int c = 0; c < categories; c++) {
            logP[c] = Math.log((examples[c] + 1.0) / (exampleCount + categories));
        }
        for (Map.Entry<String, Integer> entry : features.entrySet()) {
            int[] counts = featureCounts.get(entry.getKey());
            if (counts == null) {
                continue; // unseen everywhere: the same factor for every category
            }
            int count = entry.getValue();
            known += count;
            for (int c = 0; c < categories; c++) {
                logP[c] += count * likelihoods.of(counts[c], c);
            }
        }
        double temperature = Math.max(1.0, Math.sqrt(known) * 0.9);
        return softmax(logP, temperature);
    }

    private LogLikelihoods likelihoods() {
        LogLikelihoods current = likelihoods;
        if (current == null) {
            // two threads may both make one; they are equal, and whichever is kept serves until the next learn
            current = new LogLikelihoods(ALPHA, totalFeatures, Math.max(1, featureCounts.size()));
            likelihoods = current;
        }
        return current;
    }

    static double[] softmax(double[] logits, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = Math.exp((logits[i] - max) / temperature);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
