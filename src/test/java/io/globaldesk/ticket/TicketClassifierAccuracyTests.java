package io.globaldesk.ticket;

import io.globaldesk.language.LanguageDetector;
import io.globaldesk.language.TextNormalizer;
import io.globaldesk.ticket.TicketCorpus.CorpusTicket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Trains on generated tickets and measures accuracy on held-out paraphrases, per language and overall. */
class TicketClassifierAccuracyTests {

    private static final TicketCorpus CORPUS = TicketCorpus.load();
    private static final List<CorpusTicket> HELD_OUT = CORPUS.heldOut();
    private static final LanguageDetector DETECTOR = new LanguageDetector();
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private static TicketClassifier trained;

    @BeforeAll
    static void train() {
        trained = TicketClassifier.withRtcDefaults(DETECTOR, NORMALIZER);
        trained.retrain(CORPUS.training(42, 12).stream()
                .map(t -> new LabelledTicket(t.subject(), t.body(), t.category())).toList());
    }

    @Test
    void heldOutParaphrasesAreNeverTrainedOn() {
        List<String> trainingBodies = CORPUS.training(42, 12).stream().map(CorpusTicket::body).toList();

        assertThat(HELD_OUT).isNotEmpty().noneMatch(t -> trainingBodies.contains(t.body()));
    }

    @Test
    void trainedModelClassifiesHeldOutTicketsInEveryLanguage() {
        Score score = evaluate(trained, "trained on " + trained.examplesLearnt() + " tickets");

        assertThat(score.overall()).isGreaterThanOrEqualTo(0.85);
        assertThat(score.meanConfidenceRight()).isGreaterThan(score.meanConfidenceWrong());
        assertThat(score.sureAndRight()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void keywordRulesAloneClassifyOnAColdStart() {
        TicketClassifier cold = TicketClassifier.withRtcDefaults(DETECTOR, NORMALIZER);

        Score score = evaluate(cold, "cold start (keyword rules only)");

        assertThat(score.overall()).isGreaterThan(0.5);
    }

    /**
     * Without keyword rules the model has only three paraphrases per problem to learn from, so this measures how
     * far it generalises on its own; the figure is printed beside the blended one.
     */
    @Test
    void modelAloneLearnsFarBeyondChance() {
        TicketClassifier modelOnly = new TicketClassifier(CategoryTaxonomy.rtcDefaults(),
                new CategoryKeywordRules(Map.of()), DETECTOR, NORMALIZER);
        modelOnly.retrain(CORPUS.training(42, 12).stream()
                .map(t -> new LabelledTicket(t.subject(), t.body(), t.category())).toList());

        Score score = evaluate(modelOnly, "model alone, no keyword rules");

        assertThat(score.overall()).isGreaterThan(3.0 / CategoryTaxonomy.rtcDefaults().size());
    }

    @Test
    void reportsTheLanguageOfEachTicket() {
        long right = HELD_OUT.stream()
                .filter(t -> trained.classify(t.subject(), t.body()).language().equals(t.language())).count();

        assertThat((double) right / HELD_OUT.size()).isGreaterThanOrEqualTo(0.97);
    }

    /** @param sureAndRight the share right among answers given with confidence 0.9 or more */
    private record Score(double overall, double meanConfidenceRight, double meanConfidenceWrong,
                         double sureAndRight) {
    }

    private static Score evaluate(TicketClassifier classifier, String title) {
        Map<String, int[]> byLanguage = new TreeMap<>();
        double confidenceRight = 0, confidenceWrong = 0;
        int right = 0;
        int[][] reliability = new int[BINS.length][2];
        for (CorpusTicket ticket : HELD_OUT) {
            Classification c = classifier.classify(ticket.subject(), ticket.body());
            int[] tally = byLanguage.computeIfAbsent(ticket.language(), l -> new int[2]);
            tally[1]++;
            int[] bin = reliability[binOf(c.confidence())];
            bin[1]++;
            if (c.category().equals(ticket.category())) {
                tally[0]++;
                bin[0]++;
                right++;
                confidenceRight += c.confidence();
            } else {
                confidenceWrong += c.confidence();
            }
        }
        int wrong = HELD_OUT.size() - right;
        int[] sure = reliability[BINS.length - 1];
        Score score = new Score((double) right / HELD_OUT.size(), confidenceRight / Math.max(1, right),
                confidenceWrong / Math.max(1, wrong), (double) sure[0] / Math.max(1, sure[1]));
        StringBuilder report = new StringBuilder("Ticket classification, " + title + ", held-out tickets:\n");
        byLanguage.forEach((language, t) -> report.append(String.format("  %s %5.1f%% (%d/%d)%n",
                language, 100.0 * t[0] / t[1], t[0], t[1])));
        report.append(String.format("  overall %5.1f%% (%d/%d); mean confidence right %.2f, wrong %.2f%n",
                100 * score.overall(), right, HELD_OUT.size(), score.meanConfidenceRight(),
                score.meanConfidenceWrong()));
        report.append("  reliability (confidence bin: share right):");
        for (int b = 0; b < BINS.length; b++) {
            report.append(String.format(" [%.1f..): %s", BINS[b], reliability[b][1] == 0 ? "-"
                    : String.format("%.2f of %d", (double) reliability[b][0] / reliability[b][1], reliability[b][1])));
        }
        System.out.println(report);
        return score;
    }

    private static final double[] BINS = {0.0, 0.5, 0.7, 0.9};

    private static int binOf(double confidence) {
        int bin = 0;
        while (bin + 1 < BINS.length && confidence >= BINS[bin + 1]) {
            bin++;
        }
        return bin;
    }
}
