package io.globaldesk.ticket.reference;

import java.util.HashMap;
import java.util.Map;

/**
 * Multinomial naive Bayes over counted features, learnt one example at a time, so solved tickets can teach it
 * incrementally. Not thread-safe: {@link TicketClassifier} guards it.
 */
public final class NaiveBayesModel {

    /** Lidstone smoothing, below 1 because most features never occur in most categories; tuned on the corpus. */
    private static final double ALPHA = 0.5;

    private final int categories;
    private final Map<String, int[]> featureCounts = new HashMap<>();
    private final long[] totalFeatures;
    private final int[] examples;
    private int exampleCount;

    public NaiveBayesModel(int categories) {
        this.categories = categories;
        this.totalFeatures = new long[categories];
        this.examples = new int[categories];
    }

    public void learn(Map<String, Integer> features, int category) {
        features.forEach((feature, count) -> {
            featureCounts.computeIfAbsent(feature, f -> new int[categories])[category] += count;
            totalFeatures[category] += count;
        });
        examples[category]++;
        exampleCount++;
    }

    int exampleCount() {
        return exampleCount;
    }

    /**
     * Posterior probabilities per category. Naive Bayes multiplies evidence as if features were independent, which
     * makes raw posteriors absurdly sure (0.99999 on a coin flip); dividing the log-likelihood by the number of
     * features seen (a temperature) brings them back to a usable scale.
     */
    public double[] posteriors(Map<String, Integer> features) {
        double[] logP = new double[categories];
        int vocabulary = Math.max(1, featureCounts.size());
        int known = 0;
        for (int c = 0; c < categories; c++) {
            logP[c] = Math.log((examples[c] + 1.0) / (exampleCount + categories));
        }
        for (Map.Entry<String, Integer> entry : features.entrySet()) {
            int[] counts = featureCounts.get(entry.getKey());
            if (counts == null) {
                continue; // unseen everywhere: the same factor for every category
            }
            known += entry.getValue();
            for (int c = 0; c < categories; c++) {
                double p = (counts[c] + ALPHA) / (totalFeatures[c] + ALPHA * vocabulary);
                logP[c] += entry.getValue() * Math.log(p);
            }
        }
        double temperature = Math.max(1.0, Math.sqrt(known) * 0.9);
        return softmax(logP, temperature);
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
