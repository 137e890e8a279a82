package io.globaldesk.alerting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic per-minute aggregates for one region served by two edge nodes and three ISPs, plus two app APIs. Users
 * and loss follow a daily cycle with noise; faults degrade the cells (ISP × edge) they touch and every scope aggregates
 * its cells by users, so a fault shows in all the scopes that contain it, as in real telemetry.
 */
final class SyntheticTelemetry {
    static final String REGION = "eu-west";
    static final List<String> ISPS = List.of("isp-a", "isp-b", "isp-c");
    static final List<String> EDGES = List.of("edge-1", "edge-2");
    static final List<Scope> API_SCOPES = List.of(Scope.api("app-1", "join"), Scope.api("app-1", "login"));

    /** A degradation of the cells matching isp and/or edge (null = any) during [from, to). */
    record Fault(String isp, String edge, Instant from, Instant to, double severity) {
        boolean hits(String cellIsp, String cellEdge, Instant t) {
            return !t.isBefore(from) && t.isBefore(to) && (isp == null || isp.equals(cellIsp)) && (edge == null || edge.equals(cellEdge));
        }
    }

    /** An API error-rate multiplier for one app API during [from, to). */
    record ApiFault(Scope scope, Instant from, Instant to, double factor) {
    }

    private final Random random;
    private final double usersPerCell;
    final List<Fault> faults = new ArrayList<>();
    final List<ApiFault> apiFaults = new ArrayList<>();

    SyntheticTelemetry(long seed, double usersPerCell) {
        this.random = new Random(seed);
        this.usersPerCell = usersPerCell;
    }

    static double daily(Instant t) {
        double hour = (t.getEpochSecond() % 86_400) / 3600.0;
        return Math.sin(2 * Math.PI * (hour - 9) / 24.0);  // peaks at 15:00 UTC
    }

    List<ScopeMinute> minute(Instant t) {
        double cycle = daily(t);
        int cells = ISPS.size() * EDGES.size();
        double[][] cell = new double[cells][5]; // users, loss, rtt, freeze, mos
        int c = 0;
        for (String isp : ISPS) {
            for (String edge : EDGES) {
                double users = Math.max(5, usersPerCell * (1 + 0.5 * cycle) * (1 + 0.05 * random.nextGaussian()));
                double loss = 2.0 + 0.6 * cycle;
                double rtt = 80 + 10 * cycle;
                double freeze = 1.0 + 0.3 * cycle;
                double mos = 4.2 - 0.1 * cycle;
                for (Fault f : faults) {
                    if (f.hits(isp, edge, t)) {
                        loss += 8 * f.severity();
                        rtt += 120 * f.severity();
                        freeze += 6 * f.severity();
                        mos -= 1.0 * f.severity();
                    }
                }
                cell[c++] = new double[] {users, loss, rtt, freeze, mos};
            }
        }
        List<ScopeMinute> rows = new ArrayList<>();
        rows.add(aggregate(Scope.region(REGION), t, cell, i -> true));
        for (int i = 0; i < ISPS.size(); i++) {
            int isp = i;
            rows.add(aggregate(Scope.isp(REGION, ISPS.get(i)), t, cell, k -> k / EDGES.size() == isp));
        }
        for (int e = 0; e < EDGES.size(); e++) {
            int edge = e;
            rows.add(aggregate(Scope.edge(REGION, EDGES.get(e)), t, cell, k -> k % EDGES.size() == edge));
        }
        for (Scope api : API_SCOPES) {
            long calls = Math.round(2000 * (1 + 0.5 * cycle));
            double rate = 1.0 * (1 + 0.1 * random.nextGaussian());
            for (ApiFault f : apiFaults) {
                if (f.scope().equals(api) && !t.isBefore(f.from()) && t.isBefore(f.to())) rate *= f.factor();
            }
            rows.add(new ScopeMinute(api, t, Map.of(Metric.API_ERROR_RATE, rate), calls));
        }
        return rows;
    }

    private ScopeMinute aggregate(Scope scope, Instant t, double[][] cells, java.util.function.IntPredicate member) {
        double users = 0;
        double[] sum = new double[5];
        for (int k = 0; k < cells.length; k++) {
            if (!member.test(k)) continue;
            users += cells[k][0];
            for (int m = 1; m < 5; m++) sum[m] += cells[k][0] * cells[k][m];
        }
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        values.put(Metric.LOSS_P95, sum[1] / users + 0.2 * random.nextGaussian());
        values.put(Metric.RTT_P95, sum[2] / users + 4 * random.nextGaussian());
        values.put(Metric.VIDEO_FREEZE_RATE, Math.max(0, sum[3] / users + 0.15 * random.nextGaussian()));
        values.put(Metric.QUALITY_SCORE, sum[4] / users + 0.04 * random.nextGaussian());
        return new ScopeMinute(scope, t, values, Math.round(users));
    }

    /** Replays [from, to) minute by minute through the engine and returns every incident event. */
    List<IncidentEvent> replay(DetectionEngine engine, Instant from, Instant to) {
        List<IncidentEvent> events = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(1))) events.addAll(engine.evaluate(t, minute(t)));
        return events;
    }

    static DetectionEngine engine() {
        return new DetectionEngine(AlertSettings.defaults(), DetectorSettings.liveMinutes(Direction.UP),
                List.of(new io.globaldesk.alerting.rules.VideoFreezeRule(), new io.globaldesk.alerting.rules.PacketLossRule(),
                        new io.globaldesk.alerting.rules.ApiErrorRateRule()),
                InhibitionRule.defaults());
    }
}
