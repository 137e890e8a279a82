package io.globaldesk.bench;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NabScorerTests {
    static final LocalDateTime T0 = LocalDateTime.of(2014, 4, 1, 0, 0);
    final NabScorer scorer = new NabScorer();

    /** 1000 rows at 5 minutes (probation: 150 rows) with one window over rows 500..599. */
    static NabScorer.ScoredFile file(int... detections) {
        List<LocalDateTime> ts = new ArrayList<>();
        for (int i = 0; i < 1000; i++) ts.add(T0.plusMinutes(5L * i));
        double[] scores = new double[1000];
        for (int d : detections) scores[d] = 1.0;
        return new NabScorer.ScoredFile("f", ts, scores, List.of(new NabScorer.Window(ts.get(500), ts.get(599))));
    }

    double raw(NabScorer.ScoredFile f, NabScorer.Profile p) {
        return scorer.scoreAt(List.of(f), p, 0.5).raw();
    }

    @Test
    void theScaledSigmoidMatchesNabsReferencePoints() {
        assertThat(NabScorer.scaledSigmoid(-1.0)).isCloseTo(0.98661, within(1e-5));
        assertThat(NabScorer.scaledSigmoid(-0.5)).isCloseTo(0.84828, within(1e-5));
        assertThat(NabScorer.scaledSigmoid(0.0)).isCloseTo(0.0, within(1e-12));
        assertThat(NabScorer.scaledSigmoid(1.0)).isCloseTo(-0.98661, within(1e-5));
        assertThat(NabScorer.scaledSigmoid(3.0)).isEqualTo(-1.0);
    }

    @Test
    void probationIsFifteenPercentCappedAt750Rows() {
        assertThat(NabScorer.probationaryLength(1000)).isEqualTo(150);
        assertThat(NabScorer.probationaryLength(4032)).isEqualTo(604);
        assertThat(NabScorer.probationaryLength(22695)).isEqualTo(750);
    }

    @Test
    void aDetectionAtTheWindowStartEarnsTheFullTruePositiveWeight() {
        NabScorer.Result r = scorer.scoreAt(List.of(file(500)), NabScorer.Profile.STANDARD, 0.5);
        assertThat(r.raw()).isCloseTo(1.0, within(1e-9));
        assertThat(r.normalised()).isCloseTo(100.0, within(1e-9));
        assertThat(r.truePositives()).isEqualTo(1);
    }

    @Test
    void laterDetectionsInTheWindowEarnLessAndOnlyTheBestCounts() {
        double mid = raw(file(550), NabScorer.Profile.STANDARD);
        // position -(599 - 550 + 1) / 100 = -0.5
        assertThat(mid).isCloseTo(NabScorer.scaledSigmoid(-0.5) / NabScorer.scaledSigmoid(-1.0), within(1e-9));
        assertThat(raw(file(550, 560, 590), NabScorer.Profile.STANDARD)).isCloseTo(mid, within(1e-12));
        assertThat(raw(file(599), NabScorer.Profile.STANDARD)).isLessThan(0.1).isGreaterThan(0);
    }

    @Test
    void aMissedWindowCostsTheFalseNegativeWeightOfTheProfile() {
        assertThat(raw(file(), NabScorer.Profile.STANDARD)).isEqualTo(-1.0);
        assertThat(raw(file(), NabScorer.Profile.REWARD_LOW_FN)).isEqualTo(-2.0);
        assertThat(scorer.scoreAt(List.of(file()), NabScorer.Profile.STANDARD, 0.5).normalised()).isZero();
    }

    @Test
    void falsePositivesCostTheFullWeightBeforeAnyWindowAndLessJustAfterOne() {
        assertThat(raw(file(300), NabScorer.Profile.STANDARD)).isCloseTo(-1.0 - 0.11, within(1e-9));
        assertThat(raw(file(300), NabScorer.Profile.REWARD_LOW_FP)).isCloseTo(-1.0 - 0.22, within(1e-9));
        // 10 rows after the window's last row: position 10 / 99
        double after = raw(file(609), NabScorer.Profile.STANDARD);
        assertThat(after).isCloseTo(-1.0 + 0.11 * NabScorer.scaledSigmoid(10 / 99.0), within(1e-9));
        assertThat(after).isGreaterThan(-1.0 - 0.11);
    }

    @Test
    void detectionsInTheProbationaryPeriodAreIgnored() {
        assertThat(raw(file(10, 149), NabScorer.Profile.STANDARD)).isEqualTo(-1.0);
    }

    @Test
    void thresholdOptimisationFindsTheThresholdThatSeparatesTheWindowFromTheNoise() {
        NabScorer.ScoredFile f = file();
        for (int i = 200; i < 1000; i += 20) f.scores()[i] = 0.6;
        f.scores()[505] = 0.9;
        NabScorer.Result best = scorer.optimise(List.of(f), NabScorer.Profile.STANDARD);
        assertThat(best.threshold()).isEqualTo(0.9);
        assertThat(best.falsePositives()).isZero();
        assertThat(best.raw()).isGreaterThan(scorer.scoreAt(List.of(f), NabScorer.Profile.STANDARD, 0.6).raw());
    }
    @Test
    void aFalsePositiveThreeWindowWidthsAfterAWindowCostsTheFullWeight() {
        // window rows 500..599 (width 100): position (896 - 599) / 99 = 3
        assertThat(raw(file(896), NabScorer.Profile.STANDARD)).isCloseTo(-1.0 - 0.11, within(1e-9));
        assertThat(raw(file(1 + 896), NabScorer.Profile.REWARD_LOW_FN)).isCloseTo(-2.0 - 0.11, within(1e-9));
    }

    @Test
    void normalisationCountsEveryWindowOfTheCorpus() {
        // two files, one window each: null = -2, perfect = +2; one window caught at its start gives raw 0 -> 50
        NabScorer.Result r = scorer.scoreAt(List.of(file(500), file()), NabScorer.Profile.STANDARD, 0.5);
        assertThat(r.nullScore()).isEqualTo(-2.0);
        assertThat(r.perfectScore()).isEqualTo(2.0);
        assertThat(r.raw()).isCloseTo(0.0, within(1e-9));
        assertThat(r.normalised()).isCloseTo(50.0, within(1e-9));
        NabScorer.Result lowFn = scorer.scoreAt(List.of(file(500), file()), NabScorer.Profile.REWARD_LOW_FN, 0.5);
        assertThat(lowFn.nullScore()).isEqualTo(-4.0);
        assertThat(lowFn.normalised()).isCloseTo(100.0 * (1.0 - 2.0 + 4.0) / 6.0, within(1e-9));
    }

    @Test
    void theOptimisedThresholdIsOneThresholdForTheWholeCorpusNotOnePerFile() {
        // file a: its window at 0.9 and ten false positives at 0.6; file b: its window only at 0.6.
        // Per file, a is best at 0.9 and b at 0.6; the corpus must pick one threshold for both.
        NabScorer.ScoredFile a = file();
        a.scores()[500] = 0.9;
        for (int i = 200; i < 400; i += 20) a.scores()[i] = 0.6;
        NabScorer.ScoredFile b = file();
        b.scores()[500] = 0.6;
        NabScorer.Profile p = NabScorer.Profile.REWARD_LOW_FP;
        double at09 = scorer.scoreAt(List.of(a, b), p, 0.9).raw();   // a caught, b missed: 1 - 1 = 0
        double at06 = scorer.scoreAt(List.of(a, b), p, 0.6).raw();   // both caught, 10 FPs at 0.22: 2 - 2.2 = -0.2
        assertThat(at09).isCloseTo(0.0, within(1e-9));
        assertThat(at06).isCloseTo(2.0 - 10 * 0.22, within(1e-9));
        NabScorer.Result best = scorer.optimise(List.of(a, b), p);
        assertThat(best.threshold()).isEqualTo(0.9);
        assertThat(best.raw()).isCloseTo(Math.max(at09, at06), within(1e-12));
        double perFileOptima = scorer.optimise(List.of(a), p).raw() + scorer.optimise(List.of(b), p).raw();
        assertThat(perFileOptima).isCloseTo(2.0, within(1e-9)).isGreaterThan(best.raw());
    }

    @Test
    void aRowAtExactlyTheThresholdCountsAsADetection() {
        NabScorer.ScoredFile f = file();
        f.scores()[500] = 0.5;
        assertThat(scorer.scoreAt(List.of(f), NabScorer.Profile.STANDARD, 0.5).truePositives()).isEqualTo(1);
        assertThat(scorer.scoreAt(List.of(f), NabScorer.Profile.STANDARD, 0.5000001).truePositives()).isZero();
    }
}
