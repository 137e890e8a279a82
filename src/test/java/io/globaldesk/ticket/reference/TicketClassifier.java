package io.globaldesk.ticket.reference;

import io.globaldesk.language.DetectedLanguage;
import io.globaldesk.language.LanguageDetector;
import io.globaldesk.ticket.CategoryTaxonomy;
import io.globaldesk.ticket.Classification;
import io.globaldesk.ticket.LabelledTicket;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Predicts a ticket's category and a suggested severity from its subject and body, in any supported language. A
 * naive Bayes model learns from labelled tickets; keyword rules answer on a cold start, and are blended with the
 * model while it has seen few examples: the model's weight is {@code n / (n + k)} for {@code n} examples learnt
 * and {@code k = } {@value #EXAMPLES_PER_CATEGORY_FOR_EQUAL_WEIGHT} per category. Thread-safe; learning and
 * classifying may interleave.
 */
public class TicketClassifier {

    static final int EXAMPLES_PER_CATEGORY_FOR_EQUAL_WEIGHT = 5;
    /** Rules alone are never sure: a keyword can sit in a sentence about something else. */
    static final double RULES_ONLY_MAX_CONFIDENCE = 0.8;
    /** A keyword hit counts as this many occurrences of its rule feature: one word of evidence is too little. */
    static final int KEYWORD_FEATURE_WEIGHT = 3;

    private final CategoryTaxonomy taxonomy;
    private final CategoryKeywordRules rules;
    private final LanguageDetector languageDetector;
    private final TextNormalizer normalizer;
    private final SeverityRules severityRules = new SeverityRules();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private NaiveBayesModel model;

    public TicketClassifier(CategoryTaxonomy taxonomy, CategoryKeywordRules rules,
                            LanguageDetector languageDetector, TextNormalizer normalizer) {
        this.taxonomy = taxonomy;
        this.rules = rules;
        this.languageDetector = languageDetector;
        this.normalizer = normalizer;
        this.model = new NaiveBayesModel(taxonomy.size());
    }

    /** The RTC taxonomy with its built-in keyword rules. */
    public static TicketClassifier withRtcDefaults(LanguageDetector languageDetector, TextNormalizer normalizer) {
        return new TicketClassifier(CategoryTaxonomy.rtcDefaults(), CategoryKeywordRules.rtcDefaults(),
                languageDetector, normalizer);
    }

    public Classification classify(String subject, String body) {
        String text = join(subject, body);
        String clean = normalizer.normalize(text);
        // detected before folding to simplified Chinese and lower case, which blur the statistics Lingua reads
        DetectedLanguage language = languageDetector.detect(clean);
        String normalized = normalizer.forSearch(clean);
        double[] ruleScores = rules.score(normalized, taxonomy);
        Map<String, Integer> features = features(normalized, ruleScores);
        double[] blended;
        lock.readLock().lock();
        try {
            blended = blend(ruleDistribution(ruleScores), model.exampleCount() == 0 ? null : model.posteriors(features),
                    model.exampleCount());
        } finally {
            lock.readLock().unlock();
        }
        int best = argMax(blended);
        return new Classification(taxonomy.categories().get(best), blended[best],
                severityRules.suggest(normalized), language.tag());
    }

    /** Learns from one ticket whose category is known, e.g. when an agent solves it. */
    public void learn(String subject, String body, String category) {
        int index = indexOf(category);
        Map<String, Integer> features = features(normalizer.forSearch(join(subject, body)));
        lock.writeLock().lock();
        try {
            model.learn(features, index);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void learn(String text, String category) {
        learn(null, text, category);
    }

    /** Replaces everything learnt with a model trained on these tickets, e.g. after a history import. */
    public void retrain(Collection<LabelledTicket> tickets) {
        NaiveBayesModel fresh = new NaiveBayesModel(taxonomy.size());
        for (LabelledTicket ticket : tickets) {
            fresh.learn(features(normalizer.forSearch(join(ticket.subject(), ticket.body()))), indexOf(ticket.category()));
        }
        lock.writeLock().lock();
        try {
            model = fresh;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int examplesLearnt() {
        lock.readLock().lock();
        try {
            return model.exampleCount();
        } finally {
            lock.readLock().unlock();
        }
    }

    public CategoryTaxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Keyword hits as probabilities. No hit at all leaves the fallback category with a low confidence; otherwise
     * the share of hits, scaled so that rules alone never claim certainty.
     */
    private double[] ruleDistribution(double[] hits) {
        double total = 0;
        for (double h : hits) {
            total += h;
        }
        double[] p = new double[hits.length];
        int fallback = taxonomy.categories().indexOf(taxonomy.fallback());
        if (total == 0) {
            java.util.Arrays.fill(p, 0.5 / hits.length);
            p[fallback] += 0.5;
            return p;
        }
        double spread = (1 - RULES_ONLY_MAX_CONFIDENCE) / hits.length;
        for (int c = 0; c < hits.length; c++) {
            p[c] = spread + RULES_ONLY_MAX_CONFIDENCE * hits[c] / total;
        }
        return p;
    }

    private double[] blend(double[] rules, double[] model, int examples) {
        if (model == null) {
            return rules;
        }
        double k = (double) EXAMPLES_PER_CATEGORY_FOR_EQUAL_WEIGHT * taxonomy.size();
        double w = examples / (examples + k);
        double[] p = new double[rules.length];
        for (int c = 0; c < p.length; c++) {
            p[c] = w * model[c] + (1 - w) * rules[c];
        }
        return p;
    }

    private Map<String, Integer> features(String normalized) {
        return features(normalized, rules.score(normalized, taxonomy));
    }

    /**
     * Words and character n-grams, plus one feature per category whose keywords fired: the model thus learns how far
     * each rule can be trusted, and a paraphrase it has never seen still carries the rules' evidence.
     */
    public Map<String, Integer> features(String normalized, double[] ruleScores) {
        Map<String, Integer> features = TicketFeatures.of(normalized);
        for (int c = 0; c < ruleScores.length; c++) {
            if (ruleScores[c] > 0) {
                features.put("k:" + taxonomy.categories().get(c), (int) ruleScores[c] * KEYWORD_FEATURE_WEIGHT);
            }
        }
        return features;
    }

    private int indexOf(String category) {
        int index = taxonomy.categories().indexOf(category);
        if (index < 0) {
            throw new IllegalArgumentException("unknown category \"" + category + "\"; the taxonomy has "
                    + taxonomy.categories());
        }
        return index;
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    static String join(String subject, String body) {
        String s = subject == null ? "" : subject;
        String b = body == null ? "" : body;
        return s.isEmpty() ? b : b.isEmpty() ? s : s + "\n" + b;
    }
}
