package io.globaldesk.telemetry.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.globaldesk.telemetry.AppendOutcome;
import io.globaldesk.telemetry.QualityDimension;
import io.globaldesk.telemetry.QualityGroup;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;
import io.globaldesk.telemetry.TelemetryStoreException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbTelemetryStoreTests {

    @TempDir
    Path dataDir;

    DuckDbTelemetryStore store;

    @BeforeEach
    void open() {
        store = new DuckDbTelemetryStore(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void readsBackEverySampleOfASessionAsItWasAppended() {
        QualitySample a = Samples.at("2026-11-25T03:00:02.125Z").build();
        QualitySample b = Samples.at("2026-11-25T03:00:02.125Z").user("u-2").link(null, null, 3.0, null).build();
        QualitySample c = Samples.at("2026-11-25T03:00:04Z").build();
        QualitySample other = Samples.at("2026-11-25T03:00:04Z").session("s-2").build();

        AppendOutcome outcome = store.appendSamples(List.of(c, other, b, a), null);

        assertThat(outcome).isEqualTo(AppendOutcome.stored(4));
        assertThat(store.sessionSamples("s-1")).containsExactly(a, b, c);
        assertThat(store.sessionSamples("nobody")).isEmpty();
    }

    @Test
    void findsASessionThatCrossesMidnightInBothDayTables() {
        QualitySample before = Samples.at("2026-11-24T23:59:58Z").build();
        QualitySample after = Samples.at("2026-11-25T00:00:00Z").build();

        store.appendSamples(List.of(before), null);
        store.appendSamples(List.of(after), null);

        assertThat(store.sessionSamples("s-1")).containsExactly(before, after);
    }

    @Test
    void storesABatchOnlyOnceForTheSameIdempotencyKey() {
        List<QualitySample> batch = List.of(Samples.at("2026-11-25T03:00:02Z").build(),
                Samples.at("2026-11-25T03:00:04Z").build());

        AppendOutcome first = store.appendSamples(batch, "key-1");
        AppendOutcome again = store.appendSamples(batch, "key-1");
        AppendOutcome otherKey = store.appendSamples(batch, "key-2");

        assertThat(first).isEqualTo(AppendOutcome.stored(2));
        assertThat(again).isEqualTo(AppendOutcome.alreadyStored());
        assertThat(otherKey).isEqualTo(AppendOutcome.stored(2));
        assertThat(store.sessionSamples("s-1")).hasSize(4);
    }

    @Test
    void storesNothingOfABatchThatFailsHalfWay() {
        QualitySample good = Samples.at("2026-11-26T03:00:02Z").build();
        QualitySample bad = new QualitySample(good.ts(), null, "s-1", "u-1", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> store.appendSamples(List.of(good, bad), "key-1"))
                .isInstanceOf(TelemetryStoreException.class).hasMessageContaining("nothing was stored");

        assertThat(store.sessionSamples("s-1")).isEmpty();
        assertThat(store.appendSamples(List.of(good), "key-1")).isEqualTo(AppendOutcome.stored(1));
        assertThat(store.sessionSamples("s-1")).containsExactly(good);
    }

    @Test
    void keepsIdempotencyKeysAcrossARestart() {
        List<QualitySample> batch = List.of(Samples.at("2026-11-25T03:00:02Z").build());
        store.appendSamples(batch, "key-1");
        store.close();

        store = new DuckDbTelemetryStore(dataDir);

        assertThat(store.appendSamples(batch, "key-1").duplicate()).isTrue();
        assertThat(store.sessionSamples("s-1")).hasSize(1);
    }

    @Test
    void computesCohortStatisticsWithoutTheDiagnosedSession() {
        List<QualitySample> samples = new ArrayList<>();
        double[] rtts = {10, 20, 30, 40, 100};
        for (int i = 0; i < rtts.length; i++) {
            samples.add(Samples.at("2026-11-25T03:00:00Z").plusSeconds(i).session("s-" + i).user("u-" + i)
                    .link(rtts[i], (double) i, 0.5, (double) i).build());
        }
        samples.add(Samples.at("2026-11-25T03:00:00Z").session("diagnosed").link(999.0, 50.0, 50.0, 99.0).build());
        samples.add(Samples.at("2026-11-25T03:00:00Z").session("elsewhere").isp("eu-west", "BT", "edge-lon-1").build());
        store.appendSamples(samples, null);

        QualityStats stats = store.cohortStats(QualityScope.ofIsp("ap-northeast", "NTT"),
                Instant.parse("2026-11-25T02:55:00Z"), Instant.parse("2026-11-25T03:05:00Z"), "diagnosed");

        assertThat(stats.samples()).isEqualTo(5);
        assertThat(stats.sessions()).isEqualTo(5);
        assertThat(stats.users()).isEqualTo(5);
        assertThat(stats.rttP50()).isEqualTo(30.0);
        // linear interpolation between ranks: 0.95 * 4 = 3.8 -> 40 + 0.8 * (100 - 40)
        assertThat(stats.rttP95()).isCloseTo(88.0, within(1e-9));
        // loss is the worse direction per sample: 0.5, 1, 2, 3, 4
        assertThat(stats.lossP50()).isEqualTo(2.0);
        assertThat(stats.lossP95()).isCloseTo(3.8, within(1e-9));
        assertThat(stats.jitterP50()).isEqualTo(2.0);
        assertThat(stats.fpsAvg()).isEqualTo(24.0);
        assertThat(store.cohortStats(QualityScope.ofEdgeNode("edge-lon-1"), Instant.parse("2026-11-25T02:55:00Z"),
                Instant.parse("2026-11-25T03:05:00Z"), null).samples()).isEqualTo(1);
    }

    @Test
    void returnsTheNewestCohortSamplesWithinTheRange() {
        List<QualitySample> samples = new ArrayList<>();
        for (int i = 0; i < 10; i++) samples.add(Samples.at("2026-11-25T03:00:00Z").plusSeconds(2L * i).build());
        store.appendSamples(samples, null);

        List<QualitySample> newest = store.cohortSamples(QualityScope.ofEdgeNode("edge-tyo-3"),
                Instant.parse("2026-11-25T03:00:00Z"), Instant.parse("2026-11-25T03:00:10Z"), 3);

        assertThat(newest).extracting(QualitySample::ts).containsExactly(Instant.parse("2026-11-25T03:00:08Z"),
                Instant.parse("2026-11-25T03:00:06Z"), Instant.parse("2026-11-25T03:00:04Z"));
    }

    @Test
    void breaksQualityDownByADimensionBusiestFirst() {
        store.appendSamples(List.of(
                Samples.at("2026-11-25T03:00:00Z").build(),
                Samples.at("2026-11-25T03:00:02Z").build(),
                Samples.at("2026-11-25T03:00:00Z").isp("eu-west", "BT", "edge-lon-1").build(),
                Samples.at("2026-11-25T04:00:00Z").isp("eu-west", "BT", "edge-lon-1").build()), null);

        List<QualityGroup> byRegion = store.qualityBy(QualityDimension.REGION, QualityScope.any(),
                Instant.parse("2026-11-25T03:00:00Z"), Instant.parse("2026-11-25T03:05:00Z"));
        List<QualityGroup> europeByIsp = store.qualityBy(QualityDimension.ISP, new QualityScope("eu-west", null, null,
                null, null, null), Instant.parse("2026-11-25T00:00:00Z"), Instant.parse("2026-11-26T00:00:00Z"));

        assertThat(byRegion).extracting(QualityGroup::key).containsExactly("ap-northeast", "eu-west");
        assertThat(byRegion).extracting(g -> g.stats().samples()).containsExactly(2L, 1L);
        assertThat(europeByIsp).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo("BT");
            assertThat(g.stats().samples()).isEqualTo(2);
        });
    }

    @Test
    void answersEmptyForRangesWithoutData() {
        Instant from = Instant.parse("2030-01-01T00:00:00Z");
        assertThat(store.cohortStats(QualityScope.any(), from, from.plusSeconds(60), null).samples()).isZero();
        assertThat(store.qualityBy(QualityDimension.REGION, QualityScope.any(), from, from.plusSeconds(60))).isEmpty();
        assertThat(store.minutesWithData(from, from.plusSeconds(60))).isEmpty();
    }
}
