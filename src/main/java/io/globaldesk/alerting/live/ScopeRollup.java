package io.globaldesk.alerting.live;

import io.globaldesk.alerting.Metric;
import io.globaldesk.alerting.Scope;
import io.globaldesk.alerting.ScopeKind;
import io.globaldesk.alerting.ScopeMinute;
import io.globaldesk.telemetry.ApiCallAggregate;
import io.globaldesk.telemetry.QualityAggregate;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolls the telemetry module's fine per-minute aggregates (region × ISP × edge × app × platform × SDK, and app × API ×
 * region) up into the scopes the engine watches: each region, each ISP in its region, each edge node in its region, and
 * each app's API across regions. Users add up (a user is in one fine cell per minute); percentiles and averages are
 * combined as sample-weighted means, which keeps a degraded cell visible in every scope that contains it.
 */
public final class ScopeRollup {

    private ScopeRollup() {
    }

    /** Accumulates one scope's cells. */
    private static final class Acc {
        long users;
        long calls;
        long errors;
        final double[] sum = new double[4];
        final double[] weight = new double[4];

        void add(QualityStats s) {
            users += s.users();
            double w = Math.max(1, s.samples());
            put(0, s.lossP95(), w);
            put(1, s.rttP95(), w);
            put(2, s.videoFreezeAvg(), w);
            put(3, s.mosAvg(), w);
        }

        private void put(int i, Double v, double w) {
            if (v == null || !Double.isFinite(v)) return;
            sum[i] += v * w;
            weight[i] += w;
        }

        Map<Metric, Double> quality() {
            Map<Metric, Double> m = new EnumMap<>(Metric.class);
            Metric[] order = {Metric.LOSS_P95, Metric.RTT_P95, Metric.VIDEO_FREEZE_RATE, Metric.QUALITY_SCORE};
            for (int i = 0; i < 4; i++) if (weight[i] > 0) m.put(order[i], sum[i] / weight[i]);
            return m;
        }
    }

    /** The engine's rows for one minute; aggregates of other minutes are ignored. */
    public static List<ScopeMinute> rollUp(Instant minute, List<QualityAggregate> quality, List<ApiCallAggregate> apiCalls) {
        Map<Scope, Acc> scopes = new LinkedHashMap<>();
        for (QualityAggregate a : quality) {
            if (!a.minute().equals(minute)) continue;
            for (Scope s : qualityScopesOf(a.scope())) scopes.computeIfAbsent(s, k -> new Acc()).add(a.stats());
        }
        Map<Scope, Acc> apis = new LinkedHashMap<>();
        for (ApiCallAggregate a : apiCalls) {
            if (!a.minute().equals(minute) || a.appId() == null || a.api() == null) continue;
            Acc acc = apis.computeIfAbsent(Scope.api(a.appId(), a.api()), k -> new Acc());
            acc.calls += a.calls();
            acc.errors += a.errors();
        }
        List<ScopeMinute> rows = new ArrayList<>(scopes.size() + apis.size());
        for (var e : scopes.entrySet()) {
            Map<Metric, Double> values = e.getValue().quality();
            if (!values.isEmpty()) rows.add(new ScopeMinute(e.getKey(), minute, values, e.getValue().users));
        }
        for (var e : apis.entrySet()) {
            Acc acc = e.getValue();
            if (acc.calls == 0) continue;
            rows.add(new ScopeMinute(e.getKey(), minute, Map.of(Metric.API_ERROR_RATE, 100.0 * acc.errors / acc.calls), acc.calls));
        }
        return rows;
    }

    /** The region, region+ISP and region+edge scopes a fine cell belongs to. */
    static List<Scope> qualityScopesOf(QualityScope cell) {
        if (cell.region() == null) return List.of();
        List<Scope> out = new ArrayList<>(3);
        out.add(Scope.region(cell.region()));
        if (cell.isp() != null) out.add(Scope.isp(cell.region(), cell.isp()));
        if (cell.edgeNode() != null) out.add(Scope.edge(cell.region(), cell.edgeNode()));
        return out;
    }

    /** Whether a fine quality cell lies inside a network-quality scope. */
    public static boolean contains(Scope scope, QualityScope cell) {
        if (scope.kind() != ScopeKind.NETWORK_QUALITY || !scope.region().equals(cell.region())) return false;
        if (scope.isp() != null && !scope.isp().equals(cell.isp())) return false;
        return scope.edgeNode() == null || scope.edgeNode().equals(cell.edgeNode());
    }

    /** The telemetry filter that selects a network-quality scope's cells. */
    public static QualityScope filterOf(Scope scope) {
        return new QualityScope(scope.region(), scope.isp(), scope.edgeNode(), null, null, null);
    }

    /**
     * Who is in a scope this minute: app id → users (network quality) or failed calls (API errors).
     */
    public static Map<String, Long> exposureByApp(Scope scope, List<QualityAggregate> quality, List<ApiCallAggregate> apiCalls) {
        Map<String, Long> byApp = new HashMap<>();
        if (scope.kind() == ScopeKind.NETWORK_QUALITY) {
            for (QualityAggregate a : quality) {
                if (a.scope().appId() != null && contains(scope, a.scope())) byApp.merge(a.scope().appId(), a.stats().users(), Long::sum);
            }
        } else {
            for (ApiCallAggregate a : apiCalls) {
                if (scope.appId().equals(a.appId()) && (scope.api() == null || scope.api().equals(a.api()))) {
                    byApp.merge(a.appId(), a.errors(), Long::sum);
                }
            }
        }
        return byApp;
    }
}
