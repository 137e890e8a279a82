package io.globaldesk.alerting.live;

import io.globaldesk.alerting.AlertSettings;
import io.globaldesk.alerting.DetectionEngine;
import io.globaldesk.alerting.DetectorSettings;
import io.globaldesk.alerting.Direction;
import io.globaldesk.alerting.IncidentEvent;
import io.globaldesk.alerting.IncidentOpened;
import io.globaldesk.alerting.InhibitionRule;
import io.globaldesk.alerting.Scope;
import io.globaldesk.alerting.rules.ApiErrorRateRule;
import io.globaldesk.alerting.rules.PacketLossRule;
import io.globaldesk.alerting.rules.VideoFreezeRule;
import io.globaldesk.simulator.Fault;
import io.globaldesk.simulator.Simulation;
import io.globaldesk.simulator.SimulationPlan;
import io.globaldesk.simulator.TelemetrySimulator;
import io.globaldesk.telemetry.ApiCallEvent;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Simulated telemetry through a real DuckDB store and the rollup into the engine, without the application. */
class SimulatedReplayTests {
    static final Instant START = Instant.parse("2026-11-20T02:00:00Z");

    static DetectionEngine engine() {
        return new DetectionEngine(AlertSettings.defaults(), DetectorSettings.liveMinutes(Direction.UP),
                List.of(new VideoFreezeRule(), new PacketLossRule(), new ApiErrorRateRule()), InhibitionRule.defaults());
    }

    List<IncidentEvent> run(Simulation sim, Instant to) {
        return run(sim, List.of(), to);
    }

    List<IncidentEvent> run(Simulation sim, List<ApiCallEvent> extraCalls, Instant to) {
        List<IncidentEvent> events = new ArrayList<>();
        DetectionEngine engine = engine();
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(Path.of("target/tmp/replay-" + UUID.randomUUID()))) {
            // the first minutes only ramp up (no call has started before START); a live feed never looks like that
            TelemetryReplay.replay(sim, extraCalls, store, START.plus(Duration.ofMinutes(10)), to, closed -> {
                Instant m = closed.minute();
                var rows = ScopeRollup.rollUp(m, store.qualityAggregates(QualityScope.any(), m, m.plusSeconds(60)),
                        store.apiCallAggregates(null, m, m.plusSeconds(60)));
                events.addAll(engine.evaluate(m, rows));
            });
        }
        return events;
    }

    @Test
    void anIspDegradationThroughTheStoreIsOneIspIncidentDetectedWithinAMinute() {
        Instant onset = START.plus(Duration.ofMinutes(75));
        Instant end = onset.plus(Duration.ofMinutes(20));
        Simulation sim = new TelemetrySimulator().run(new SimulationPlan(41, START, Duration.ofMinutes(115), 1400, 0,
                TelemetryReplay.tokyo(), List.of(new Fault.IspDegradation("ap-northeast", "KDDI", onset, end))));

        List<IncidentEvent> events = run(sim, START.plus(Duration.ofMinutes(115)));

        List<IncidentOpened> opened = events.stream().filter(IncidentOpened.class::isInstance).map(IncidentOpened.class::cast).toList();
        assertThat(opened).extracting(IncidentOpened::scope).containsExactly(Scope.isp("ap-northeast", "KDDI"));
        assertThat(Duration.between(onset, opened.getFirst().detectedAt())).isBetween(Duration.ZERO, Duration.ofSeconds(60));
    }

    static List<IncidentOpened> opened(List<IncidentEvent> events) {
        return events.stream().filter(IncidentOpened.class::isInstance).map(IncidentOpened.class::cast).toList();
    }

    @Test
    void anEdgeOutageAcrossIspsIsOneEdgeIncidentNotAnIspStorm() {
        Instant onset = START.plus(Duration.ofMinutes(75));
        Simulation sim = new TelemetrySimulator().run(new SimulationPlan(43, START, Duration.ofMinutes(110), 1350, 0,
                TelemetryReplay.tokyo(), List.of(new Fault.EdgeOutage("edge-tyo-2", onset, onset.plus(Duration.ofMinutes(15))))));

        List<IncidentOpened> opened = opened(run(sim, START.plus(Duration.ofMinutes(110))));

        assertThat(opened).extracting(IncidentOpened::scope).containsExactly(Scope.edge("ap-northeast", "edge-tyo-2"));
        assertThat(Duration.between(onset, opened.getFirst().detectedAt())).isBetween(Duration.ZERO, Duration.ofSeconds(60));
    }

    /**
     * Two quiet hours of simulated calls open nothing, while one app's join API, whose error rate goes from 1 % to 5 %
     * for ten minutes, is the single incident.
     */
    @Test
    void quietTrafficOpensNothingAndAFiveFoldApiErrorSpikeForOneAppApiIsDetected() {
        Simulation sim = new TelemetrySimulator().run(new SimulationPlan(47, START, Duration.ofMinutes(110), 1350, 0,
                TelemetryReplay.tokyo(), List.of()));
        Instant onset = START.plus(Duration.ofMinutes(80));
        java.util.Random random = new java.util.Random(9);
        List<ApiCallEvent> calls = new ArrayList<>();
        for (Instant m = START; m.isBefore(START.plus(Duration.ofMinutes(110))); m = m.plusSeconds(60)) {
            boolean spiking = !m.isBefore(onset) && m.isBefore(onset.plus(Duration.ofMinutes(10)));
            for (int k = 0; k < 1000; k++) {
                boolean failed = random.nextDouble() < (spiking ? 0.05 : 0.01);
                calls.add(new ApiCallEvent(m.plusMillis(k * 60L), "app-spike", "join", "ap-northeast",
                        failed ? "503" : "200", failed ? "UNAVAILABLE" : null, 80));
            }
        }

        List<IncidentOpened> opened = opened(run(sim, calls, START.plus(Duration.ofMinutes(110))));

        assertThat(opened).singleElement().satisfies(o -> {
            assertThat(o.scope()).isEqualTo(Scope.api("app-spike", "join"));
            assertThat(Duration.between(onset, o.detectedAt())).isBetween(Duration.ZERO, Duration.ofSeconds(60));
        });
    }
}
