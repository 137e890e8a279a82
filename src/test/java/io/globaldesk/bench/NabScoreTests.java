package io.globaldesk.bench;

import io.globaldesk.alerting.DetectorSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detector on the shared NAB data, scored as NAB does, at the detector's own threshold. The acceptance floor is
 * 60 (standard); the floors below guard the measured scores (standard 69.6, reward_low_FP 61.6, reward_low_FN 74.3) against
 * regressions.
 */
class NabScoreTests {
    @Test
    void theDetectorKeepsItsMeasuredNabScores() throws Exception {
        List<NabCorpus.Series> corpus = NabCorpus.load(Path.of("../shared/data/nab"));
        assertThat(corpus).hasSize(35);
        List<NabScorer.ScoredFile> files = new NabRun(DetectorSettings.defaults(), NabBenchmark.QUIET_ROWS).score(corpus);
        NabScorer scorer = new NabScorer();
        double standard = scorer.scoreAt(files, NabScorer.Profile.STANDARD, 0.5).normalised();
        double lowFp = scorer.scoreAt(files, NabScorer.Profile.REWARD_LOW_FP, 0.5).normalised();
        double lowFn = scorer.scoreAt(files, NabScorer.Profile.REWARD_LOW_FN, 0.5).normalised();
        System.out.printf("NAB standard %.2f, reward_low_FP %.2f, reward_low_FN %.2f%n", standard, lowFp, lowFn);
        assertThat(standard).isGreaterThanOrEqualTo(60.0).isGreaterThanOrEqualTo(69.0);
        assertThat(lowFp).isGreaterThanOrEqualTo(61.0);
        assertThat(lowFn).isGreaterThanOrEqualTo(73.7);
    }
}
