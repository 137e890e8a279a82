package io.globaldesk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MosEstimatorTests {

    private final MosEstimator estimator = new MosEstimator();

    @Test
    void mapsKnownRatingFactorsToTheirG107Scores() {
        assertThat(MosEstimator.mosFromR(93.2)).isCloseTo(4.41, within(0.005));
        assertThat(MosEstimator.mosFromR(50)).isCloseTo(2.575, within(1e-9));
        assertThat(MosEstimator.mosFromR(80)).isCloseTo(1 + 2.8 + 80 * 20 * 20 * 7e-6, within(1e-9));
        assertThat(MosEstimator.mosFromR(-5)).isEqualTo(1);
        assertThat(MosEstimator.mosFromR(120)).isEqualTo(4.5);
    }

    @Test
    void scoresAPerfectLinkNearTheTopAndAMiserableOneNearTheBottom() {
        // effective delay 10 ms: Id = 0.24, no loss impairment
        assertThat(estimator.rFactor(0, 0, 0)).isCloseTo(92.96, within(1e-9));
        assertThat(estimator.mos(0, 0.0, 0.0)).isCloseTo(4.40, within(0.01));
        assertThat(estimator.mos(1500, 30.0, 200.0)).isEqualTo(1);
    }

    @Test
    void appliesTheLossImpairmentOfTheCodec() {
        // 5 % random loss with Bpl 25.1: Ie-eff = 95 * 5 / 30.1
        assertThat(estimator.rFactor(0, 5, 0)).isCloseTo(92.96 - 95 * 5 / 30.1, within(1e-9));
    }

    @Test
    void addsTheExtraDelayImpairmentBeyond177Ms() {
        // rtt 400 -> d = 200 + 10 = 210 ms: Id = 0.024*210 + 0.11*(210-177.3)
        assertThat(estimator.rFactor(400, 0, 0)).isCloseTo(93.2 - 0.024 * 210 - 0.11 * 32.7, within(1e-9));
    }

    @Test
    void neverImprovesWhenDelayLossOrJitterGrow() {
        double previous = Double.MAX_VALUE;
        for (int rtt = 0; rtt <= 2000; rtt += 25) {
            double mos = estimator.mos(rtt, 1.0, 5.0);
            assertThat(mos).isLessThanOrEqualTo(previous);
            previous = mos;
        }
        previous = Double.MAX_VALUE;
        for (double loss = 0; loss <= 100; loss += 0.5) {
            double mos = estimator.mos(80, loss, 5.0);
            assertThat(mos).isLessThanOrEqualTo(previous);
            previous = mos;
        }
        previous = Double.MAX_VALUE;
        for (int jitter = 0; jitter <= 500; jitter += 5) {
            double mos = estimator.mos(80, 1.0, (double) jitter);
            assertThat(mos).isLessThanOrEqualTo(previous);
            previous = mos;
        }
        assertThat(estimator.mos(80, 5.0, 5.0)).isLessThan(estimator.mos(80, 1.0, 5.0));
    }

    @Test
    void neverScoresALowerRatingHigherEvenWhereTheCubicDipsBelowOne() {
        double previous = 0;
        for (double r = -10; r <= 110; r += 0.25) {
            double mos = MosEstimator.mosFromR(r);
            assertThat(mos).isBetween(1.0, 4.5).isGreaterThanOrEqualTo(previous);
            previous = mos;
        }
    }

    @Test
    void refusesImpossibleInputs() {
        assertThatThrownBy(() -> estimator.rFactor(10, 101, 0)).hasMessageContaining("loss within 0..100");
        assertThatThrownBy(() -> estimator.rFactor(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
