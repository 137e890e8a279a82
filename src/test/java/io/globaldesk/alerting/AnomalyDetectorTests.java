package io.globaldesk.alerting;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnomalyDetectorTests {
    static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    final AnomalyDetector detector = new AnomalyDetector(DetectorSettings.defaults());

    static List<SeriesPoint> noisy(long seed, int n, Duration step, double level, double sigma) {
        Random r = new Random(seed);
        List<SeriesPoint> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new SeriesPoint(T0.plus(step.multipliedBy(i)), level + sigma * r.nextGaussian()));
        return out;
    }

    static long anomalies(List<ScoredPoint> scored, int from, int to) {
        return scored.subList(from, to).stream().filter(ScoredPoint::anomaly).count();
    }

    @Test
    void aPointsScoreDependsOnlyOnItAndEarlierPoints() {
        List<SeriesPoint> series = noisy(1, 900, Duration.ofMinutes(5), 50, 3);
        series.set(700, new SeriesPoint(series.get(700).ts(), 95));
        List<ScoredPoint> full = detector.detect(series);
        List<ScoredPoint> prefix = detector.detect(series.subList(0, 701));
        assertThat(full.subList(0, 701)).isEqualTo(prefix);
    }

    @Test
    void gaussianNoiseIsQuietAndScoresStayBetweenZeroAndOne() {
        List<ScoredPoint> scored = detector.detect(noisy(2, 3000, Duration.ofMinutes(1), 10, 1));
        assertThat(anomalies(scored, 0, scored.size())).isZero();
        assertThat(scored).allSatisfy(p -> assertThat(p.score()).isBetween(0.0, 1.0));
    }

    @Test
    void aSpikeInNoiseIsAnAnomalyAndTheNextNormalPointIsNot() {
        List<SeriesPoint> series = noisy(3, 800, Duration.ofMinutes(5), 100, 5);
        series.set(600, new SeriesPoint(series.get(600).ts(), 160));
        List<ScoredPoint> scored = detector.detect(series);
        assertThat(scored.get(600).anomaly()).isTrue();
        assertThat(scored.get(600).score()).isGreaterThan(0.5);
        assertThat(anomalies(scored, 0, 600)).isZero();
        assertThat(scored.get(602).anomaly()).isFalse();
    }

    @Test
    void aFlatLineIsNeverAnomalousUntilItMovesAndThenTheOnsetIsTheStep() {
        List<SeriesPoint> series = new ArrayList<>();
        for (int i = 0; i < 500; i++) series.add(new SeriesPoint(T0.plus(Duration.ofMinutes(i)), i < 400 ? 45.0 : 52.0));
        List<ScoredPoint> scored = detector.detect(series);
        assertThat(anomalies(scored, 0, 400)).isZero();
        assertThat(scored.get(400).anomaly()).isTrue();
        assertThat(scored.get(400).changeStart()).isEqualTo(series.get(400).ts());
    }

    @Test
    void aSmallSustainedLevelShiftIsCaughtByTheChangePointStatisticWithItsOnset() {
        List<SeriesPoint> series = noisy(4, 900, Duration.ofMinutes(1), 20, 1);
        for (int i = 700; i < 900; i++) series.set(i, new SeriesPoint(series.get(i).ts(), series.get(i).value() + 3));
        List<ScoredPoint> scored = detector.detect(series);
        assertThat(anomalies(scored, 0, 700)).isZero();
        ScoredPoint first = scored.subList(700, 900).stream().filter(ScoredPoint::anomaly).findFirst().orElseThrow();
        assertThat(Duration.between(series.get(700).ts(), first.ts())).isLessThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(Duration.between(first.changeStart(), series.get(700).ts()).abs()).isLessThanOrEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aStrongDailyCycleIsLearnedSoOnlyTheOffCycleDipIsAnomalous() {
        Random r = new Random(5);
        List<SeriesPoint> series = new ArrayList<>();
        int n = 6 * 288;
        for (int i = 0; i < n; i++) {
            Instant t = T0.plus(Duration.ofMinutes(5L * i));
            double v = 100 + 40 * Math.sin(2 * Math.PI * i / 288.0) + 2 * r.nextGaussian();
            if (i == 5 * 288 + 100) v -= 25;
            series.add(new SeriesPoint(t, v));
        }
        List<ScoredPoint> scored = detector.detect(series);
        assertThat(anomalies(scored, 3 * 288, 5 * 288 + 100)).isZero();
        assertThat(scored.get(5 * 288 + 100).anomaly()).isTrue();
        assertThat(anomalies(scored, 5 * 288 + 102, n)).isZero();
    }

    @Test
    void irregularTimestampsAndOutOfOrderPointsAreScoredWithoutError() {
        Random r = new Random(6);
        List<SeriesPoint> series = new ArrayList<>();
        Instant t = T0;
        for (int i = 0; i < 600; i++) {
            t = t.plusSeconds(20 + r.nextInt(600));
            series.add(new SeriesPoint(i == 300 ? t.minusSeconds(3600) : t, i == 500 ? 90 : 30 + r.nextGaussian()));
        }
        List<ScoredPoint> scored = detector.detect(series);
        assertThat(scored).hasSize(600);
        assertThat(scored.get(500).anomaly()).isTrue();
        assertThat(anomalies(scored, 0, 500)).isZero();
    }

    @Test
    void anUpwardDetectorIgnoresDrops() {
        AnomalyDetector up = new AnomalyDetector(DetectorSettings.defaults().withDirection(Direction.UP));
        List<SeriesPoint> series = noisy(7, 400, Duration.ofMinutes(1), 50, 1);
        series.set(300, new SeriesPoint(series.get(300).ts(), 10));
        series.set(350, new SeriesPoint(series.get(350).ts(), 90));
        List<ScoredPoint> scored = up.detect(series);
        assertThat(scored.get(300).anomaly()).isFalse();
        assertThat(scored.get(350).anomaly()).isTrue();
    }

    static DetectorSettings without(DetectorSettings d, boolean novelty, boolean memory) {
        return new DetectorSettings(d.window(), d.minHistory(), d.bucketMinutes(), d.seasonMemory(), d.minSeasons(), d.pointZ(),
                d.cusumK(), d.cusumH(), d.zCap(), d.tailAdaptation(), d.direction(), novelty ? d.noveltyMargin() : 0,
                d.noveltyWarmup(), d.noveltyWindow(), memory ? d.recentMemory() : 0);
    }

    /** A spiky series: spikes of 10..14 every 37 points over noise of 1, then one spike to 19, beyond all history. */
    static List<SeriesPoint> spiky() {
        Random r = new Random(8);
        List<SeriesPoint> series = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            double v = 20 + r.nextGaussian();
            if (i % 37 == 0) v += 10 + 4 * r.nextDouble();
            if (i == 1100) v = 20 + 19;
            series.add(new SeriesPoint(T0.plus(Duration.ofMinutes(5L * i)), v));
        }
        return series;
    }

    @Test
    void aValueBeyondTheWholeHistorysRangeIsNewsEvenInASpikySeries() {
        List<ScoredPoint> scored = detector.detect(spiky());
        assertThat(scored.get(1100).anomaly()).isTrue();
        List<ScoredPoint> withoutNovelty = new AnomalyDetector(without(DetectorSettings.defaults(), false, true)).detect(spiky());
        assertThat(withoutNovelty.get(1100).score()).isLessThan(scored.get(1100).score());
    }

    @Test
    void recurringSpikesOfTheSameSizeStopBeingNews() {
        List<ScoredPoint> scored = detector.detect(spiky());
        List<ScoredPoint> noMemory = new AnomalyDetector(without(DetectorSettings.defaults(), true, false)).detect(spiky());
        for (int i = 37 * 17; i < 1100; i += 37) {
            assertThat(scored.get(i).score()).as("spike at %d", i).isGreaterThan(0).isLessThan(noMemory.get(i).score());
        }
        assertThat(anomalies(scored, 600, 1100)).isZero();
    }

    @Test
    void invalidInputFailsWithTheRule() {
        assertThatThrownBy(() -> new SeriesPoint(T0, Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new SeriesPoint(null, 1)).hasMessageContaining("timestamp");
        assertThatThrownBy(() -> new DetectorSettings(4, 24, 60, 4, 2, 6, 1, 12, 5, 0.02, Direction.BOTH))
                .hasMessageContaining("at least 8");
        assertThatThrownBy(() -> new DetectorSettings(64, 24, 7, 4, 2, 6, 1, 12, 5, 0.02, Direction.BOTH))
                .hasMessageContaining("divide a day");
        assertThatThrownBy(() -> new DetectorSettings(64, 24, 60, 4, 2, 6, 1, 12, 5, 0.02, Direction.BOTH, 0.1, 100, 0, -1))
                .hasMessageContaining("must not be negative");
    }
}
