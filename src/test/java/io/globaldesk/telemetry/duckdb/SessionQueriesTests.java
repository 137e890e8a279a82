package io.globaldesk.telemetry.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.globaldesk.telemetry.CohortLink;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.SessionQuery;
import io.globaldesk.telemetry.SessionSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store queries behind the diagnosis cohorts and the session search. */
class SessionQueriesTests {

    static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

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

    static QualitySample withApp(QualitySample s, String appId) {
        return new QualitySample(s.ts(), appId, s.sessionId(), s.userId(), s.country(), s.region(), s.isp(),
                s.networkType(), s.edgeNode(), s.os(), s.sdkVersion(), s.device(), s.rttMs(), s.uplinkLossPct(),
                s.downlinkLossPct(), s.jitterMs(), s.sendBitrateKbps(), s.recvBitrateKbps(), s.fps(),
                s.audioFreezeRatePct(), s.videoFreezeRatePct(), s.cpuAppPct(), s.cpuSystemPct());
    }

    @Test
    void aCohortsLinkFiguresAreNearestRankQuantilesOfItsSamplesLeavingOutTheExcludedSessionAndIsp() {
        List<QualitySample> samples = new ArrayList<>();
        // ten users of NTT in ap-northeast on edge-tyo-3, each in its own session: rtt 10..100, loss max(up, down)
        for (int i = 1; i <= 10; i++) {
            samples.add(Samples.at("2026-11-25T03:00:00Z").plusSeconds(i).session("s-" + i).user("u-" + i)
                    .link(10.0 * i, (double) i, i % 2 == 0 ? 20.0 + i : 0.0, 1.0 * i).build());
        }
        // the diagnosed session, far worse: must not count
        samples.add(Samples.at("2026-11-25T03:00:05Z").session("me").user("me").link(900.0, 50.0, 50.0, 90.0).build());
        // another ISP on the same edge
        samples.add(Samples.at("2026-11-25T03:00:05Z").session("kddi").user("k").isp("ap-northeast", "KDDI", "edge-tyo-3")
                .link(300.0, 9.0, 9.0, 30.0).build());
        // outside the window
        samples.add(Samples.at("2026-11-25T03:10:00Z").session("late").user("l").link(999.0, 99.0, 99.0, 99.0).build());
        store.appendSamples(samples, null);

        Instant to = T0.plusSeconds(60);
        CohortLink isp = store.cohortLink(QualityScope.ofIsp("ap-northeast", "NTT"), null, T0, to, "me");
        assertThat(isp.samples()).isEqualTo(10);
        assertThat(isp.users()).isEqualTo(10);
        assertThat(isp.sessions()).isEqualTo(10);
        assertThat(isp.rttP50()).isEqualTo(50.0);
        assertThat(isp.rttP90()).isEqualTo(90.0);
        // losses: 1, 22, 3, 24, 5, 26, 7, 28, 9, 30 -> sorted 1 3 5 7 9 22 24 26 28 30
        assertThat(isp.lossP50()).isEqualTo(9.0);
        assertThat(isp.lossP90()).isEqualTo(28.0);
        assertThat(isp.jitterP90()).isEqualTo(9.0);

        CohortLink edge = store.cohortLink(QualityScope.ofEdgeNode("edge-tyo-3"), "NTT", T0, to, "me");
        assertThat(edge.samples()).isEqualTo(1);
        assertThat(edge.rttP50()).isEqualTo(300.0);

        CohortLink withMe = store.cohortLink(QualityScope.ofIsp("ap-northeast", "NTT"), null, T0, to, null);
        assertThat(withMe.samples()).isEqualTo(11);

        assertThat(store.cohortLink(QualityScope.ofIsp("eu-west", "BT"), null, T0, to, null)).isEqualTo(CohortLink.EMPTY);
        assertThat(store.cohortLink(QualityScope.ofIsp("ap-northeast", "NTT"), null, T0.minusSeconds(3600),
                T0.minusSeconds(1800), null)).isEqualTo(CohortLink.EMPTY);
    }

    @Test
    void theSessionSearchFiltersByAppsUserChannelAndTimeNewestFirst() {
        List<QualitySample> samples = new ArrayList<>();
        samples.add(withApp(Samples.at("2026-11-25T03:00:00Z").session("chan-1:1").user("alice").build(), "app-a"));
        samples.add(withApp(Samples.at("2026-11-25T03:00:02Z").session("chan-1:1").user("bob").build(), "app-a"));
        samples.add(withApp(Samples.at("2026-11-25T03:05:00Z").session("chan-2:1").user("carol").build(), "app-a"));
        samples.add(withApp(Samples.at("2026-11-25T03:06:00Z").session("chan-1:2").user("alice").build(), "app-b"));
        samples.add(withApp(Samples.at("2026-11-25T05:00:00Z").session("chan-1:3").user("alice").build(), "app-a"));
        store.appendSamples(samples, null);
        Instant from = T0, to = T0.plusSeconds(3600);

        List<SessionSummary> all = store.findSessions(new SessionQuery(null, null, null, null, from, to, 10));
        assertThat(all).extracting(SessionSummary::sessionId).containsExactly("chan-1:2", "chan-2:1", "chan-1:1");
        SessionSummary first = all.get(2);
        assertThat(first.appId()).isEqualTo("app-a");
        assertThat(first.users()).isEqualTo(2);
        assertThat(first.samples()).isEqualTo(2);
        assertThat(first.firstSample()).isEqualTo(T0);
        assertThat(first.lastSample()).isEqualTo(T0.plusSeconds(2));
        assertThat(first.regions()).isEqualTo("ap-northeast");

        assertThat(store.findSessions(new SessionQuery(Set.of("app-b"), null, null, null, from, to, 10)))
                .extracting(SessionSummary::sessionId).containsExactly("chan-1:2");
        assertThat(store.findSessions(new SessionQuery(Set.of(), null, null, null, from, to, 10))).isEmpty();
        assertThat(store.findSessions(new SessionQuery(null, "app-a", null, null, from, to, 10)))
                .extracting(SessionSummary::sessionId).containsExactly("chan-2:1", "chan-1:1");
        List<SessionSummary> bobs = store.findSessions(new SessionQuery(null, null, "bob", null, from, to, 10));
        assertThat(bobs).extracting(SessionSummary::sessionId).containsExactly("chan-1:1");
        assertThat(bobs.getFirst().users()).as("every participant counts, not only the searched user").isEqualTo(2);
        assertThat(store.findSessions(new SessionQuery(null, null, null, "chan-1", from, to, 10)))
                .extracting(SessionSummary::sessionId).containsExactly("chan-1:2", "chan-1:1");
        assertThat(store.findSessions(new SessionQuery(null, null, null, null, from, to, 1)))
                .extracting(SessionSummary::sessionId).containsExactly("chan-1:2");
        assertThat(store.findSessions(new SessionQuery(null, null, "alice", "chan-1", T0.plusSeconds(7000),
                T0.plusSeconds(8000), 10))).extracting(SessionSummary::sessionId).containsExactly("chan-1:3");
        assertThat(store.findSessions(new SessionQuery(null, null, null, "it's", from, to, 10))).isEmpty();
    }

    @Test
    void theBreakdownFromMinuteAggregatesSumsSamplesTakesPeakSessionsAndWeightsFiguresBySamples() {
        List<QualitySample> samples = new ArrayList<>();
        // minute 1: NTT 3 samples rtt 100 (two sessions); KDDI 1 sample rtt 400
        samples.add(Samples.at("2026-11-25T03:00:01Z").session("a").user("u1").link(100.0, 1.0, 0.0, 5.0).build());
        samples.add(Samples.at("2026-11-25T03:00:03Z").session("a").user("u1").link(100.0, 1.0, 0.0, 5.0).build());
        samples.add(Samples.at("2026-11-25T03:00:05Z").session("b").user("u2").link(100.0, 1.0, 0.0, 5.0).build());
        samples.add(Samples.at("2026-11-25T03:00:05Z").session("c").user("u3").isp("ap-northeast", "KDDI", "edge-tyo-3")
                .link(400.0, 9.0, 0.0, 5.0).build());
        // minute 2: NTT 1 sample rtt 200 (one session)
        samples.add(Samples.at("2026-11-25T03:01:01Z").session("a").user("u1").link(200.0, 3.0, 0.0, 5.0).build());
        // minute 3 is left unaggregated: it must not count
        samples.add(Samples.at("2026-11-25T03:02:01Z").session("a").user("u1").link(900.0, 3.0, 0.0, 5.0).build());
        store.appendSamples(samples, null);
        store.aggregateMinute(T0);
        store.aggregateMinute(T0.plusSeconds(60));

        var groups = store.qualityByMinutes(io.globaldesk.telemetry.QualityDimension.ISP,
                new QualityScope("ap-northeast", null, null, null, null, null), T0, T0.plusSeconds(180));
        assertThat(groups).extracting(g -> g.key()).containsExactly("NTT", "KDDI");
        var ntt = groups.get(0).stats();
        assertThat(ntt.samples()).isEqualTo(4);
        assertThat(ntt.sessions()).as("peak sessions in one minute").isEqualTo(2);
        assertThat(ntt.users()).isEqualTo(2);
        assertThat(ntt.rttP50()).isEqualTo((3 * 100.0 + 1 * 200.0) / 4);
        assertThat(ntt.lossP95()).isEqualTo((3 * 1.0 + 1 * 3.0) / 4);
        var kddi = groups.get(1).stats();
        assertThat(kddi.samples()).isEqualTo(1);
        assertThat(kddi.rttP95()).isEqualTo(400.0);
        // a group made of one scope and one minute gives exactly the raw figures
        var raw = store.qualityByExact(io.globaldesk.telemetry.QualityDimension.ISP,
                QualityScope.ofIsp("ap-northeast", "KDDI"), T0, T0.plusSeconds(60)).getFirst().stats();
        assertThat(kddi).isEqualTo(raw);
        assertThat(store.qualityByMinutes(io.globaldesk.telemetry.QualityDimension.REGION, QualityScope.any(),
                T0.plusSeconds(600), T0.plusSeconds(900))).isEmpty();
    }
}
