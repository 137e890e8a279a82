package io.globaldesk.telemetry.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.globaldesk.telemetry.CohortLink;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualityScope;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagnosis cohorts read from the per-minute link histograms agree with the exact figures over raw samples. */
class CohortLinkRollupTests {

    static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    static final String[] ISPS = {"NTT", "KDDI", "SoftBank"};
    static final String[] EDGES = {"edge-tyo-1", "edge-tyo-3", "edge-osa-1"};

    @TempDir
    Path dataDir;

    DuckDbTelemetryStore store;
    List<QualitySample> mine = new ArrayList<>();

    @BeforeEach
    void open() {
        store = new DuckDbTelemetryStore(dataDir);
        SplittableRandom random = new SplittableRandom(11);
        List<QualitySample> samples = new ArrayList<>();
        // 40 sessions of two users over ten minutes, one sample each per 5 s, spread over 3 ISPs x 3 edges
        for (int call = 0; call < 40; call++) {
            for (int u = 0; u < 2; u++) {
                String isp = ISPS[random.nextInt(3)], edge = EDGES[random.nextInt(3)];
                for (int t = random.nextInt(5); t < 600; t += 5) {
                    Double down = random.nextInt(10) == 0 ? null : round(random.nextDouble() * 0.6);
                    Double loss = random.nextInt(4) == 0 ? 0.0 : round(random.nextDouble() * random.nextDouble() * 9);
                    Double jitter = random.nextInt(20) == 0 ? null : round(1 + random.nextDouble() * 30);
                    samples.add(Samples.at("2026-11-25T03:00:00Z").plusSeconds(t).session("s-" + call)
                            .user("u-" + call + "-" + u).isp("ap-northeast", isp, edge)
                            .link(round(15 + Math.exp(2 + 4 * random.nextDouble())), loss, down, jitter).build());
                }
            }
        }
        // the diagnosed session: far worse, on NTT and edge-tyo-3, in every minute
        for (int t = 0; t < 600; t += 2) {
            mine.add(Samples.at("2026-11-25T03:00:00Z").plusSeconds(t).session("me").user("me")
                    .link(900.0 + t, 30.0, 45.0, 80.0).build());
        }
        mine.add(Samples.at("2026-11-25T03:00:01Z").session("me").user("peer").isp("ap-northeast", "KDDI", "edge-tyo-3")
                .link(700.0, 20.0, null, null).build());
        samples.addAll(mine);
        store.appendSamples(samples, null);
        // minutes 03:00 .. 03:07 close; 03:08 and 03:09 are the live tail
        for (int m = 0; m < 8; m++) store.aggregateMinute(T0.plusSeconds(60L * m));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    @Test
    void theHistogramCohortMatchesTheExactOneWithinABucketLeavingOutTheSessionAndTheIsp() {
        Instant from = T0.plusSeconds(30), to = T0.plusSeconds(570).plusMillis(1);
        List<QualityScope> cohorts = List.of(QualityScope.ofIsp("ap-northeast", "NTT"),
                QualityScope.ofIsp("ap-northeast", "KDDI"), QualityScope.ofEdgeNode("edge-tyo-3"),
                QualityScope.ofEdgeNode("edge-osa-1"));
        for (QualityScope cohort : cohorts) {
            for (String excludedIsp : new String[] {null, "NTT", "KDDI"}) {
                for (String excluded : new String[] {null, "me"}) {
                    CohortLink exact = store.cohortLinkExact(cohort, excludedIsp, from, to, excluded);
                    CohortLink given = store.cohortLink(cohort, excludedIsp, from, to, excluded, mine);
                    CohortLink lookedUp = store.cohortLink(cohort, excludedIsp, from, to, excluded);
                    String what = cohort + " without " + excludedIsp + " and " + excluded;
                    boolean nobody = excludedIsp != null && excludedIsp.equals(cohort.isp());
                    if (nobody) assertThat(exact).as(what).isEqualTo(CohortLink.EMPTY);
                    else assertThat(exact.samples()).as(what).isGreaterThan(100);
                    assertWithinABucket(given, exact, what);
                    assertThat(lookedUp).as(what).isEqualTo(given);
                }
            }
        }
    }

    @Test
    void closedMinutesComeFromTheRollupAndTheLiveTailFromRawSamples() {
        QualityScope ntt = QualityScope.ofIsp("ap-northeast", "NTT");
        Instant from = T0, to = T0.plusSeconds(600);
        CohortLink before = store.cohortLink(ntt, null, from, to, "me", mine);
        // a straggler for a closed minute is in no rollup (as in the minute aggregates); one in the tail counts at once
        store.appendSamples(List.of(
                Samples.at("2026-11-25T03:02:10Z").session("late").user("late").link(50.0, 0.0, 0.0, 2.0).build(),
                Samples.at("2026-11-25T03:09:10Z").session("live").user("live").link(50.0, 0.0, 0.0, 2.0).build()), null);
        CohortLink after = store.cohortLink(ntt, null, from, to, "me", mine);
        assertThat(after.samples()).isEqualTo(before.samples() + 1);
        assertThat(after.sessions()).isEqualTo(before.sessions() + 1);
        assertThat(store.cohortLinkExact(ntt, null, from, to, "me").samples()).isEqualTo(before.samples() + 2);
        // closing the straggler's minute again takes it in
        store.aggregateMinute(T0.plusSeconds(120));
        assertThat(store.cohortLink(ntt, null, from, to, "me", mine).samples()).isEqualTo(before.samples() + 2);
    }

    @Test
    void bucketsAreAtMostFourPercentWideAndTheirValueLiesInside() {
        for (double v : new double[] {0.004, 0.01, 0.5, 1, 5, 49.99, 50, 400, 12_345.6}) {
            int b = LinkHistograms.bucket(v);
            assertThat(LinkHistograms.representative(b)).as("value %s", v)
                    .isCloseTo(v, within(v * (LinkHistograms.GROWTH - 1) / 2 + LinkHistograms.SMALLEST));
            if (v >= LinkHistograms.SMALLEST) {
                assertThat(LinkHistograms.bucket(v * 1.05)).as("value %s", v).isGreaterThan(b);
            }
        }
        assertThat(LinkHistograms.bucket(0)).isZero();
        assertThat(LinkHistograms.representative(0)).isZero();
    }

    static void assertWithinABucket(CohortLink rollup, CohortLink exact, String what) {
        assertThat(rollup.users()).as(what).isEqualTo(exact.users());
        assertThat(rollup.sessions()).as(what).isEqualTo(exact.sessions());
        assertThat(rollup.samples()).as(what).isEqualTo(exact.samples());
        close(rollup.rttP50(), exact.rttP50(), what + " rtt p50");
        close(rollup.rttP90(), exact.rttP90(), what + " rtt p90");
        close(rollup.lossP50(), exact.lossP50(), what + " loss p50");
        close(rollup.lossP90(), exact.lossP90(), what + " loss p90");
        close(rollup.jitterP50(), exact.jitterP50(), what + " jitter p50");
        close(rollup.jitterP90(), exact.jitterP90(), what + " jitter p90");
    }

    static void close(Double rollup, Double exact, String what) {
        if (exact == null) {
            assertThat(rollup).as(what).isNull();
            return;
        }
        assertThat(rollup).as(what).isNotNull();
        assertThat(LinkHistograms.bucket(rollup)).as(what + ": %s vs exact %s", rollup, exact)
                .isEqualTo(LinkHistograms.bucket(exact));
        assertThat(rollup).as(what).isCloseTo(exact, within(exact * (LinkHistograms.GROWTH - 1) / 2 + LinkHistograms.SMALLEST));
    }
}
