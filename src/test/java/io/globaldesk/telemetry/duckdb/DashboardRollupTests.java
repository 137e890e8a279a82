package io.globaldesk.telemetry.duckdb;

import static io.globaldesk.telemetry.duckdb.CohortLinkRollupTests.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.globaldesk.telemetry.QualityAggregate;
import io.globaldesk.telemetry.QualityDimension;
import io.globaldesk.telemetry.QualityGroup;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The raw-sample dashboard breakdown over a long window, answered from the closed minutes' rollup and the live tail's
 * raw samples, agrees with the exact breakdown over every raw sample: counts exactly, percentiles within a bucket.
 */
class DashboardRollupTests {

    static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    static final String[][] REGIONS = {{"ap-northeast", "NTT", "KDDI", "edge-tyo-1", "edge-osa-1"},
            {"eu-west", "Vodafone", "O2", "edge-fra-1", "edge-ams-1"}};
    static final String[] OSES = {"Android 15", "iOS 18.1", "Windows 11"};

    @TempDir
    Path dataDir;

    DuckDbTelemetryStore store;
    final List<QualitySample> samples = new ArrayList<>();

    @BeforeEach
    void open() {
        store = new DuckDbTelemetryStore(dataDir);
        SplittableRandom random = new SplittableRandom(5);
        // 60 calls of up to three users over ten minutes, one sample each per 4 s; some users join late or leave early
        for (int call = 0; call < 60; call++) {
            String[] region = REGIONS[call % 2];
            String app = "app-" + call % 4;
            for (int u = 0; u < 1 + call % 3; u++) {
                String isp = region[1 + random.nextInt(2)], edge = region[3 + random.nextInt(2)];
                String os = OSES[random.nextInt(3)];
                double base = 15 + Math.exp(2 + 4 * random.nextDouble());
                boolean lossy = random.nextInt(8) == 0;
                int start = random.nextInt(200), end = 600 - random.nextInt(200);
                for (int t = start; t < end; t += 4) {
                    samples.add(new QualitySample(T0.plusSeconds(t), app, "s-" + call, "u-" + u, "JP", region[0], isp,
                            QualitySample.NetworkType.WIFI, edge, os, "4.5." + u, "Pixel 9", round(base + random.nextDouble() * 10),
                            round(random.nextDouble() * (lossy ? 8 : 0.8)), round(random.nextDouble() * 0.5),
                            round(2 + random.nextDouble() * 20), 800.0, 1400.0, round(15 + random.nextDouble() * 15),
                            random.nextInt(20) == 0 ? round(random.nextDouble() * 6) : 0.0, round(random.nextDouble() * 3),
                            round(5 + random.nextDouble() * 40), round(20 + random.nextDouble() * 50)));
                }
            }
        }
        store.appendSamples(samples, null);
        // the live tail is 03:08 and 03:09: the minutes before it close
        for (int m = 0; m < 8; m++) store.aggregateMinute(T0.plusSeconds(60L * m));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aLongWindowFromTheRollupAgreesWithTheRawSamples() {
        Instant from = T0.plusSeconds(30), to = T0.plusSeconds(600);
        List<QualityScope> filters = List.of(QualityScope.any(), new QualityScope("eu-west", null, null, null, null, null),
                QualityScope.ofIsp("ap-northeast", "KDDI"), QualityScope.ofEdgeNode("edge-fra-1"));
        for (QualityScope filter : filters) {
            for (QualityDimension by : List.of(QualityDimension.REGION, QualityDimension.ISP, QualityDimension.EDGE_NODE)) {
                List<QualityGroup> exact = store.qualityByExact(by, filter, from, to);
                List<QualityGroup> rolled = store.qualityBy(by, filter, from, to);
                String what = by + " within " + filter;
                assertThat(exact).as(what).isNotEmpty();
                assertThat(rolled).as(what).extracting(QualityGroup::key)
                        .containsExactlyElementsOf(exact.stream().map(QualityGroup::key).toList());
                for (int i = 0; i < exact.size(); i++) {
                    String key = exact.get(i).key();
                    List<QualitySample> group = samples.stream().filter(s -> !s.ts().isBefore(from) && s.ts().isBefore(to)
                            && in(s, filter) && key.equals(value(s, by))).toList();
                    agree(rolled.get(i).stats(), exact.get(i).stats(), group, what + " " + key);
                }
            }
        }
    }

    @Test
    void closedMinutesComeFromTheRollupAndTheLiveTailFromRawSamples() {
        QualityScope japan = new QualityScope("ap-northeast", null, null, null, null, null);
        Instant from = T0, to = T0.plusSeconds(600);
        QualityStats before = total(store.qualityBy(QualityDimension.ISP, japan, from, to));
        // a straggler for a closed minute is in no rollup (as in the minute aggregates); one in the tail counts at once
        store.appendSamples(List.of(Samples.at("2026-11-25T03:02:10Z").session("late").user("late").build(),
                Samples.at("2026-11-25T03:09:10Z").session("live").user("live").build()), null);
        QualityStats after = total(store.qualityBy(QualityDimension.ISP, japan, from, to));
        assertThat(after.samples()).isEqualTo(before.samples() + 1);
        assertThat(after.sessions()).isEqualTo(before.sessions() + 1);
        assertThat(total(store.qualityByExact(QualityDimension.ISP, japan, from, to)).samples())
                .isEqualTo(before.samples() + 2);
        // closing the straggler's minute again takes it in
        store.aggregateMinute(T0.plusSeconds(120));
        assertThat(total(store.qualityBy(QualityDimension.ISP, japan, from, to)).samples()).isEqualTo(before.samples() + 2);
    }

    @Test
    void breakdownsTheRollupDoesNotKeepAreExact() {
        Instant from = T0, to = T0.plusSeconds(600);
        for (QualityDimension by : List.of(QualityDimension.PLATFORM, QualityDimension.SDK_VERSION, QualityDimension.APP)) {
            assertThat(store.qualityBy(by, QualityScope.any(), from, to)).as(by.name())
                    .isEqualTo(store.qualityByExact(by, QualityScope.any(), from, to)).isNotEmpty();
        }
        QualityScope oneApp = new QualityScope(null, null, null, "app-1", null, null);
        assertThat(store.qualityBy(QualityDimension.REGION, oneApp, from, to))
                .isEqualTo(store.qualityByExact(QualityDimension.REGION, oneApp, from, to)).isNotEmpty();
    }

    @Test
    void aWindowWithoutClosedMinutesIsReadFromRawSamples() {
        Instant from = T0.plusSeconds(480), to = T0.plusSeconds(600);
        assertThat(store.qualityBy(QualityDimension.REGION, QualityScope.any(), from, to))
                .isEqualTo(store.qualityByExact(QualityDimension.REGION, QualityScope.any(), from, to)).isNotEmpty();
    }

    @Test
    void minuteAggregatesComeOrderedByMinuteThenScopeWithTheirKeys() {
        List<QualityAggregate> all = store.qualityAggregates(QualityScope.any(), T0, T0.plusSeconds(600));
        assertThat(all).hasSizeGreaterThan(100);
        Comparator<QualityAggregate> order = Comparator.comparing(QualityAggregate::minute);
        for (Function<QualityScope, String> key : List.<Function<QualityScope, String>>of(QualityScope::region,
                QualityScope::isp, QualityScope::edgeNode, QualityScope::appId, QualityScope::platform,
                QualityScope::sdkVersion)) {
            order = order.thenComparing(a -> key.apply(a.scope()));
        }
        assertThat(all).isSortedAccordingTo(order).doesNotHaveDuplicates();
        // minutes 03:00 .. 03:07 were closed, each scope's count is its samples' in that minute
        assertThat(all).extracting(QualityAggregate::minute).containsOnly(IntStream.range(0, 8)
                .mapToObj(m -> T0.plusSeconds(60L * m)).toArray(Instant[]::new));
        for (QualityAggregate a : all) {
            long n = samples.stream().filter(s -> s.ts().truncatedTo(ChronoUnit.MINUTES).equals(a.minute())
                    && new QualityScope(s.region(), s.isp(), s.edgeNode(), s.appId(), s.platform(), s.sdkVersion())
                    .equals(a.scope())).count();
            assertThat(a.stats().samples()).as(a.toString()).isEqualTo(n).isPositive();
        }
        assertThat(all.stream().mapToLong(a -> a.stats().samples()).sum()).isEqualTo(samples.stream()
                .filter(s -> s.ts().isBefore(T0.plusSeconds(480))).count());
        QualityScope kddi = QualityScope.ofIsp("ap-northeast", "KDDI");
        assertThat(store.qualityAggregates(kddi, T0, T0.plusSeconds(600)))
                .isEqualTo(all.stream().filter(a -> "KDDI".equals(a.scope().isp())).toList()).isNotEmpty();
    }

    static QualityStats total(List<QualityGroup> groups) {
        long samples = 0, sessions = 0;
        for (QualityGroup g : groups) {
            samples += g.stats().samples();
            sessions += g.stats().sessions();
        }
        return new QualityStats(samples, sessions, 0, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static boolean in(QualitySample s, QualityScope f) {
        return (f.region() == null || f.region().equals(s.region())) && (f.isp() == null || f.isp().equals(s.isp()))
                && (f.edgeNode() == null || f.edgeNode().equals(s.edgeNode()));
    }

    static String value(QualitySample s, QualityDimension by) {
        return switch (by) {
            case REGION -> s.region();
            case ISP -> s.isp();
            case EDGE_NODE -> s.edgeNode();
            default -> throw new IllegalArgumentException(by.name());
        };
    }

    static void agree(QualityStats rolled, QualityStats exact, List<QualitySample> group, String what) {
        assertThat(rolled.samples()).as(what).isEqualTo(exact.samples()).isEqualTo(group.size());
        assertThat(rolled.sessions()).as(what).isEqualTo(exact.sessions());
        assertThat(rolled.users()).as(what).isEqualTo(exact.users());
        List<Double> rtt = group.stream().map(QualitySample::rttMs).toList();
        List<Double> loss = group.stream().map(s -> Math.max(s.uplinkLossPct(), s.downlinkLossPct())).toList();
        List<Double> jitter = group.stream().map(QualitySample::jitterMs).toList();
        percentile(rolled.rttP50(), rtt, 0.5, what + " rtt p50");
        percentile(rolled.rttP95(), rtt, 0.95, what + " rtt p95");
        percentile(rolled.lossP50(), loss, 0.5, what + " loss p50");
        percentile(rolled.lossP95(), loss, 0.95, what + " loss p95");
        percentile(rolled.jitterP50(), jitter, 0.5, what + " jitter p50");
        percentile(rolled.jitterP95(), jitter, 0.95, what + " jitter p95");
        // every figure is present in every sample here, so the weighted per-minute means are the means
        assertThat(rolled.audioFreezeAvg()).as(what).isCloseTo(exact.audioFreezeAvg(), within(1e-9));
        assertThat(rolled.videoFreezeAvg()).as(what).isCloseTo(exact.videoFreezeAvg(), within(1e-9));
        assertThat(rolled.fpsAvg()).as(what).isCloseTo(exact.fpsAvg(), within(1e-9));
        assertThat(rolled.cpuAppAvg()).as(what).isCloseTo(exact.cpuAppAvg(), within(1e-9));
        assertThat(rolled.cpuSystemAvg()).as(what).isCloseTo(exact.cpuSystemAvg(), within(1e-9));
        assertThat(rolled.mosAvg()).as(what).isCloseTo(exact.mosAvg(), within(1e-9));
    }

    /**
     * The nearest-rank quantile is the {@code ceil(q n)}-th smallest value, which the exact interpolated one lies within
     * a rank of; the rollup answers the middle of that value's bucket (at most 2 % away, or 0.01 below the first bucket).
     */
    static void percentile(Double rolled, List<Double> values, double q, String what) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(q * sorted.size());
        double nearest = sorted.get(rank - 1);
        assertThat(rolled).as(what).isNotNull();
        assertThat(rolled).as(what).isCloseTo(nearest, within(nearest * (LinkHistograms.GROWTH - 1) / 2 + LinkHistograms.SMALLEST));
    }
}
