package io.globaldesk.alerting.live;

import io.globaldesk.alerting.Metric;
import io.globaldesk.alerting.Scope;
import io.globaldesk.alerting.ScopeMinute;
import io.globaldesk.telemetry.ApiCallAggregate;
import io.globaldesk.telemetry.QualityAggregate;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScopeRollupTests {
    static final Instant M = Instant.parse("2026-11-20T03:15:00Z");

    static QualityAggregate cell(String isp, String edge, String app, long samples, long users, double loss, double mos) {
        return new QualityAggregate(M, new QualityScope("ap-northeast", isp, edge, app, "Android", "4.5.0"),
                new QualityStats(samples, users, users, 50.0, 90.0, 1.0, loss, 5.0, 9.0, 0.5, 1.5, 24.0, 20.0, 40.0, mos));
    }

    static Map<Scope, ScopeMinute> byScope(List<ScopeMinute> rows) {
        return rows.stream().collect(Collectors.toMap(ScopeMinute::scope, Function.identity()));
    }

    @Test
    void cellsRollUpIntoTheirRegionIspAndEdgeWithUsersAddedAndFiguresWeightedBySamples() {
        List<QualityAggregate> cells = List.of(
                cell("KDDI", "edge-tyo-1", "app-1", 300, 10, 12.0, 3.0),
                cell("KDDI", "edge-tyo-2", "app-2", 100, 5, 4.0, 4.0),
                cell("NTT", "edge-tyo-1", "app-1", 600, 20, 2.0, 4.4),
                new QualityAggregate(M.minusSeconds(60), new QualityScope("ap-northeast", "NTT", "edge-tyo-1", "app-1", "iOS", "4.5.0"),
                        new QualityStats(999, 99, 99, null, null, null, 90.0, null, null, null, null, null, null, null, 1.0)));

        Map<Scope, ScopeMinute> rows = byScope(ScopeRollup.rollUp(M, cells, List.of()));

        assertThat(rows).containsOnlyKeys(Scope.region("ap-northeast"), Scope.isp("ap-northeast", "KDDI"),
                Scope.isp("ap-northeast", "NTT"), Scope.edge("ap-northeast", "edge-tyo-1"), Scope.edge("ap-northeast", "edge-tyo-2"));
        ScopeMinute kddi = rows.get(Scope.isp("ap-northeast", "KDDI"));
        assertThat(kddi.volume()).isEqualTo(15);
        assertThat(kddi.value(Metric.LOSS_P95)).isCloseTo((300 * 12.0 + 100 * 4.0) / 400, within(1e-9));
        assertThat(kddi.value(Metric.QUALITY_SCORE)).isCloseTo((300 * 3.0 + 100 * 4.0) / 400, within(1e-9));
        assertThat(rows.get(Scope.region("ap-northeast")).volume()).isEqualTo(35);
        assertThat(rows.get(Scope.edge("ap-northeast", "edge-tyo-1")).volume()).isEqualTo(30);
        assertThat(kddi.has(Metric.API_ERROR_RATE)).isFalse();
    }

    @Test
    void apiCallsRollUpPerAppAndApiAcrossRegionsAsAPercentage() {
        List<ApiCallAggregate> calls = List.of(
                new ApiCallAggregate(M, "app-1", "join", "ap-northeast", 900, 9, 80.0, 200.0, 90.0),
                new ApiCallAggregate(M, "app-1", "join", "eu-west", 100, 41, 80.0, 200.0, 90.0),
                new ApiCallAggregate(M, "app-1", "login", "eu-west", 0, 0, null, null, null));

        Map<Scope, ScopeMinute> rows = byScope(ScopeRollup.rollUp(M, List.of(), calls));

        assertThat(rows).containsOnlyKeys(Scope.api("app-1", "join"));
        assertThat(rows.get(Scope.api("app-1", "join")).value(Metric.API_ERROR_RATE)).isCloseTo(5.0, within(1e-9));
        assertThat(rows.get(Scope.api("app-1", "join")).volume()).isEqualTo(1000);
    }

    @Test
    void exposureCountsUsersPerAppInsideTheScopeOnly() {
        List<QualityAggregate> cells = List.of(
                cell("KDDI", "edge-tyo-1", "app-1", 300, 10, 12.0, 3.0),
                cell("KDDI", "edge-tyo-2", "app-1", 100, 5, 4.0, 4.0),
                cell("NTT", "edge-tyo-1", "app-2", 600, 20, 2.0, 4.4));

        assertThat(ScopeRollup.exposureByApp(Scope.isp("ap-northeast", "KDDI"), cells, List.of())).isEqualTo(Map.of("app-1", 15L));
        assertThat(ScopeRollup.exposureByApp(Scope.edge("ap-northeast", "edge-tyo-1"), cells, List.of()))
                .isEqualTo(Map.of("app-1", 10L, "app-2", 20L));
        assertThat(ScopeRollup.exposureByApp(Scope.isp("eu-west", "KDDI"), cells, List.of())).isEmpty();
    }
}
