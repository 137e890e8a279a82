package io.globaldesk.bench;

import io.globaldesk.diagnosis.CohortStats;
import io.globaldesk.diagnosis.DiagnosisInput;
import io.globaldesk.diagnosis.SessionDiagnostician;
import io.globaldesk.diagnosis.TelemetryStoreDiagnosisInput;
import io.globaldesk.telemetry.CohortLink;
import io.globaldesk.telemetry.QualityDimension;
import io.globaldesk.telemetry.QualityGroup;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;
import io.globaldesk.telemetry.SessionQuery;
import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Session-diagnosis and dashboard queries over a large store, then times each query many times on random sessions and
 * cohorts and prints median and p99. Two ways to fill it: {@code sql} (default) generates the samples inside DuckDB
 * ({@code INSERT ... SELECT ... FROM range(n)}, in event-time order, shaped like an SDK fleet: 6,000 users in calls of
 * three, one sample each every 2 s, ten-minute calls, 6 regions × 3 ISPs × 3 edge nodes) in minutes even for 100
 * million; {@code store} appends generated batches through the store as ingest would, until the count or the fill time
 * budget is reached.
 * <p>Run: {@code ./globaldesk bench main io.globaldesk.bench.TelemetryQueryBenchmark [samples=100000000]
 * [fillMinutes=10] [store-dir] [fill=sql|store] [only]} — an existing store dir is reused (filled no further) so a run can be
 * repeated; delete it afterwards (100 million samples take about 2.5 GB). A fifth argument measures only the queries
 * whose name starts with it (e.g. {@code diagnosis}).
 */
public final class TelemetryQueryBenchmark {

    private static final Instant START = Instant.parse("2026-11-25T00:00:00Z");
    private static final QualityStats NO_STATS = new QualityStats(0, 0, 0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, null, null, null,
            null, null, null);

    public static void main(String[] args) throws Exception {
        long target = args.length > 0 ? Long.parseLong(args[0]) : 100_000_000L;
        Duration budget = Duration.ofMinutes(args.length > 1 ? Long.parseLong(args[1]) : 10);
        Path dir = args.length > 2 ? Path.of(args[2]) : Path.of("target/tmp/query-bench-" + System.currentTimeMillis());
        boolean fill = !Files.exists(dir.resolve("telemetry"));
        boolean sql = args.length <= 3 || args[3].equals("sql");
        only = args.length > 4 ? args[4] : "";
        List<QualitySample> probes = new ArrayList<>();
        if (fill && sql) {
            SqlFill.fill(dir, START, target);
            fill = false;
        }
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(dir)) {
            SampleGenerator generator = new SampleGenerator(7, START, 2_000);
            long stored = 0;
            long t0 = System.nanoTime();
            Instant last = START;
            while (fill && stored < target && System.nanoTime() - t0 < budget.toNanos()) {
                List<QualitySample> batch = generator.next(50_000);
                store.appendSamples(batch, null);
                stored += batch.size();
                last = batch.getLast().ts();
                if (probes.size() < 5_000) probes.add(batch.get(batch.size() / 2));
                if (stored % 5_000_000 < 50_000) {
                    System.out.printf("  %,d samples stored, %.0f samples/s%n", stored, stored / ((System.nanoTime() - t0) / 1e9));
                }
            }
            if (!fill && sql) {
                last = SqlFill.probes(store, START, target, probes, 300);
                stored = -1;
            } else if (!fill) {
                // a reused store: regenerate the same stream's probes without storing it again
                last = probeExisting(generator, store, probes);
                stored = -1;
            }
            store.checkpoint();
            System.out.printf("store: %s samples over %s of event time (%s .. %s), fill %.0f s, file %.1f GB%n",
                    stored < 0 ? "reused" : String.format("%,d", stored), Duration.between(START, last), START, last,
                    (System.nanoTime() - t0) / 1e9, Files.size(dir.resolve("telemetry/telemetry.duckdb")) / 1e9);
            measure(store, probes, last);
        }
    }

    private static Instant probeExisting(SampleGenerator generator, DuckDbTelemetryStore store, List<QualitySample> probes) {
        Instant newest = store.minutesWithData(START, START.plus(Duration.ofDays(30))).getLast();
        Instant last = START;
        while (probes.size() < 2_000) {
            List<QualitySample> batch = generator.next(50_000);
            last = batch.getLast().ts();
            if (last.isAfter(newest)) break;
            probes.add(batch.get(batch.size() / 2));
        }
        return newest.plusSeconds(59);
    }

    private static void measure(DuckDbTelemetryStore store, List<QualitySample> probes, Instant last) {
        SplittableRandom random = new SplittableRandom(1);
        int n = 150;
        QualitySample[] pick = new QualitySample[n];
        for (int i = 0; i < n; i++) pick[i] = probes.get(random.nextInt(probes.size()));
        Instant lastMinute = last.truncatedTo(ChronoUnit.MINUTES);

        time("diagnosis: one session's samples", n, i -> store.sessionSamples(pick[i].sessionId()));
        time("diagnosis: ISP cohort stats, +-5 min", n, i -> store.cohortStats(QualityScope.ofIsp(pick[i].region(),
                pick[i].isp()), pick[i].ts().minusSeconds(300), pick[i].ts().plusSeconds(300), pick[i].sessionId()));
        time("diagnosis: edge-node cohort stats, +-5 min", n, i -> store.cohortStats(QualityScope.ofEdgeNode(
                pick[i].edgeNode()), pick[i].ts().minusSeconds(300), pick[i].ts().plusSeconds(300), pick[i].sessionId()));
        // the same questions two ways, side by side: exact over raw samples (old) and from the link rollup (new)
        for (boolean rollup : new boolean[] {false, true}) {
            String how = rollup ? "rollup" : "raw";
            time("diagnosis: ISP cohort link (p50/p90), +-5 min, " + how, n, i -> link(store, rollup,
                    QualityScope.ofIsp(pick[i].region(), pick[i].isp()), null, pick[i]));
            time("diagnosis: edge cohort link, other ISPs, +-5 min, " + how, n, i -> link(store, rollup,
                    QualityScope.ofEdgeNode(pick[i].edgeNode()), pick[i].isp(), pick[i]));
        }
        // as the diagnosis asks them: over whole minutes, with the session's samples (read anyway) handed in
        List<List<QualitySample>> sessions = new ArrayList<>();
        String pair = "diagnosis: ISP + edge cohort links, whole minutes";
        if (pair.startsWith(only) || only.startsWith(pair)) {
            for (QualitySample p : pick) sessions.add(store.sessionSamples(p.sessionId()));
        }
        for (boolean rollup : new boolean[] {false, true}) {
            time(pair + ", " + (rollup ? "rollup" : "raw"), n, i -> {
                Instant from = pick[i].ts().minusSeconds(300).truncatedTo(ChronoUnit.MINUTES);
                Instant to = pick[i].ts().plusSeconds(360).truncatedTo(ChronoUnit.MINUTES);
                QualityScope isp = QualityScope.ofIsp(pick[i].region(), pick[i].isp());
                QualityScope edge = QualityScope.ofEdgeNode(pick[i].edgeNode());
                String id = pick[i].sessionId();
                if (rollup) {
                    store.cohortLink(isp, null, from, to, id, sessions.get(i));
                    store.cohortLink(edge, pick[i].isp(), from, to, id, sessions.get(i));
                } else {
                    store.cohortLinkExact(isp, null, from, to, id);
                    store.cohortLinkExact(edge, pick[i].isp(), from, to, id);
                }
            });
        }
        SessionDiagnostician diagnostician = new SessionDiagnostician();
        for (boolean rollup : new boolean[] {false, true, false, true}) {
            time("diagnosis: whole (samples, cohorts, rules), " + (rollup ? "rollup" : "raw"), n, i -> diagnostician.diagnose(
                    pick[i].sessionId(), pick[i].userId(), rollup ? new TelemetryStoreDiagnosisInput(store)
                            : new ExactCohorts(new TelemetryStoreDiagnosisInput(store), store)));
        }
        time("search: sessions of one app, last 60 min", 50, i -> store.findSessions(new SessionQuery(null,
                pick[i].appId(), null, null, lastMinute.minusSeconds(3600), lastMinute, 50)));
        // the raw-sample breakdowns as served (closed minutes from the dashboard rollup, the rest raw) beside exact
        time("dashboard: world by region, last 5 min (raw)", 100, i -> store.qualityBy(QualityDimension.REGION,
                QualityScope.any(), lastMinute.minusSeconds(300), lastMinute));
        time("dashboard: region by ISP, last 60 min (raw)", 50, i -> store.qualityBy(QualityDimension.ISP,
                new QualityScope(pick[i].region(), null, null, null, null, null), lastMinute.minusSeconds(3600), lastMinute));
        time("dashboard: region by edge, last 24 h (raw)", 50, i -> store.qualityBy(QualityDimension.EDGE_NODE,
                new QualityScope(pick[i].region(), null, null, null, null, null), lastMinute.minusSeconds(86_400), lastMinute));
        // what a live window's open tail (the minutes not yet closed) costs on top: two minutes read raw
        time("dashboard: world by region, 2 min tail (exact)", 100, i -> store.qualityByExact(QualityDimension.REGION,
                QualityScope.any(), lastMinute.minusSeconds(120), lastMinute));
        time("dashboard: world by region, last 5 min (exact)", 100, i -> store.qualityByExact(QualityDimension.REGION,
                QualityScope.any(), lastMinute.minusSeconds(300), lastMinute));
        time("dashboard: region by ISP, last 60 min (exact)", 50, i -> store.qualityByExact(QualityDimension.ISP,
                new QualityScope(pick[i].region(), null, null, null, null, null), lastMinute.minusSeconds(3600), lastMinute));
        time("dashboard: region by platform, last 60 min (exact)", 50, i -> store.qualityBy(QualityDimension.PLATFORM,
                new QualityScope(pick[i].region(), null, null, null, null, null), lastMinute.minusSeconds(3600), lastMinute));
        if (only.isEmpty() || only.startsWith("dashboard")) servedAgainstExact(store, lastMinute);
        if (!only.isEmpty() && !only.startsWith("dashboard") && !only.startsWith("aggregates")) return;
        long[] closeNanos = new long[60];
        for (int m = 0; m < 60; m++) {
            long t0 = System.nanoTime();
            store.aggregateMinute(lastMinute.minusSeconds(60L * (60 - m)));
            closeNanos[m] = System.nanoTime() - t0;
        }
        System.out.printf("%-50s %s%n", "aggregates: close one minute (SQL + store)", Stats.millis(closeNanos));
        time("dashboard: world by region, 60 min (aggregates)", 100, i -> store.qualityByMinutes(QualityDimension.REGION,
                QualityScope.any(), lastMinute.minusSeconds(3600), lastMinute));
        time("dashboard: region by ISP, 60 min (aggregates)", 100, i -> store.qualityByMinutes(QualityDimension.ISP,
                new QualityScope(pick[i].region(), null, null, null, null, null), lastMinute.minusSeconds(3600), lastMinute));
        time("dashboard: region's minute aggregates, 60 min", n, i -> store.qualityAggregates(
                new QualityScope(pick[i].region(), null, null, null, null, null), lastMinute.minusSeconds(3600), lastMinute));
    }

    /**
     * How far the served breakdowns (closed minutes from the rollup) are from the exact ones over raw samples: every
     * region by ISP and by edge node over the last hour; counts must agree, percentiles are within a bucket.
     */
    private static void servedAgainstExact(DuckDbTelemetryStore store, Instant lastMinute) {
        double worst = 0;
        long countsOff = 0, groups = 0;
        Instant from = lastMinute.minusSeconds(3600);
        for (QualityGroup region : store.qualityByExact(QualityDimension.REGION, QualityScope.any(), from, lastMinute)) {
            QualityScope filter = new QualityScope(region.key(), null, null, null, null, null);
            for (QualityDimension by : List.of(QualityDimension.ISP, QualityDimension.EDGE_NODE)) {
                Map<String, QualityStats> served = new HashMap<>();
                store.qualityBy(by, filter, from, lastMinute).forEach(g -> served.put(g.key(), g.stats()));
                for (QualityGroup exact : store.qualityByExact(by, filter, from, lastMinute)) {
                    QualityStats a = served.getOrDefault(exact.key(), NO_STATS), b = exact.stats();
                    groups++;
                    if (a.samples() != b.samples() || a.sessions() != b.sessions() || a.users() != b.users()) countsOff++;
                    for (double[] pair : new double[][] {{a.rttP50(), b.rttP50()}, {a.rttP95(), b.rttP95()},
                            {a.lossP50(), b.lossP50()}, {a.lossP95(), b.lossP95()}, {a.jitterP50(), b.jitterP50()},
                            {a.jitterP95(), b.jitterP95()}}) {
                        worst = Math.max(worst, Math.abs(pair[0] - pair[1]) / Math.max(pair[1], 0.01));
                    }
                }
            }
        }
        System.out.printf("%-50s %d groups, counts differ in %d, worst percentile %.1f %% off%n",
                "dashboard: served vs exact, regions by ISP/edge 60 min", groups, countsOff, worst * 100);
    }

    /** A cohort link around the probe sample, leaving out its session (looked up by the store, as the port allows). */
    private static CohortLink link(DuckDbTelemetryStore store, boolean rollup, QualityScope cohort, String excludedIsp,
                                   QualitySample probe) {
        Instant from = probe.ts().minusSeconds(300), to = probe.ts().plusSeconds(300);
        return rollup ? store.cohortLink(cohort, excludedIsp, from, to, probe.sessionId())
                : store.cohortLinkExact(cohort, excludedIsp, from, to, probe.sessionId());
    }

    /** The store's diagnosis input with the cohorts computed the old way, exactly over every raw sample. */
    private record ExactCohorts(TelemetryStoreDiagnosisInput samples, DuckDbTelemetryStore store) implements DiagnosisInput {

        @Override
        public List<QualitySample> userSamples(String sessionId, String userId) {
            return samples.userSamples(sessionId, userId);
        }

        @Override
        public List<QualitySample> peerSamples(String sessionId, String userId) {
            return samples.peerSamples(sessionId, userId);
        }

        @Override
        public CohortStats ispCohort(String region, String isp, Instant from, Instant to, String excludedSessionId) {
            return TelemetryStoreDiagnosisInput.of(store.cohortLinkExact(QualityScope.ofIsp(region, isp), null, from,
                    to.plusMillis(1), excludedSessionId));
        }

        @Override
        public CohortStats edgeCohort(String edgeNode, String excludedIsp, Instant from, Instant to, String excludedSessionId) {
            return TelemetryStoreDiagnosisInput.of(store.cohortLinkExact(QualityScope.ofEdgeNode(edgeNode), excludedIsp,
                    from, to.plusMillis(1), excludedSessionId));
        }
    }

    /** Only measurements whose name starts with this (the fifth argument) run; all by default. */
    private static String only = "";

    private static void time(String what, int n, IntConsumer query) {
        if (!what.startsWith(only)) return;
        for (int i = 0; i < Math.min(n, 20); i++) query.accept(i);
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            query.accept(i);
            nanos[i] = System.nanoTime() - t0;
        }
        System.out.printf("%-50s %s%n", what, Stats.millis(nanos));
    }
}
