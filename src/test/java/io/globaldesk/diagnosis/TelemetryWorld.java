package io.globaldesk.diagnosis;

import io.globaldesk.simulator.Fault;
import io.globaldesk.simulator.SimulatedSession;
import io.globaldesk.simulator.Simulation;
import io.globaldesk.simulator.SimulationPlan;
import io.globaldesk.simulator.TelemetrySimulator;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.TelemetryStore;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Half an hour of simulated world traffic in March 2026 (a time no other test writes), with an ISP degradation (KDDI
 * in ap-northeast), an edge outage (edge-sjc-2) and session-level faults, appended once to the application's telemetry
 * store, with its minutes aggregated. For each segment it picks a user whose simulated ground truth is that segment and whom the in-memory
 * diagnosis also puts there, so the HTTP answer can be checked against both.
 */
final class TelemetryWorld {

    static final Instant START = Instant.parse("2026-03-10T03:00:00Z");
    static final Duration SPAN = Duration.ofMinutes(30);
    static final String ISP_REGION = "ap-northeast", ISP = "KDDI", EDGE = "edge-sjc-2";

    record Pick(String sessionId, String userId, String appId) {}

    private static TelemetryWorld instance;
    private static TelemetryStore instanceStore;

    final Simulation simulation;
    final Map<Segment, Pick> picks = new EnumMap<>(Segment.class);

    private TelemetryWorld(TelemetryStore store) {
        Instant end = START.plus(SPAN).plus(Duration.ofMinutes(30));
        SimulationPlan plan = SimulationPlan.of(7, START, SPAN, 500)
                .withFault(new Fault.IspDegradation(ISP_REGION, ISP, START.minusSeconds(600), end))
                .withFault(new Fault.EdgeOutage(EDGE, START.minusSeconds(600), end))
                .withFault(new Fault.LocalNetworkFaults(15))
                .withFault(new Fault.DeviceOverloads(15))
                .withFault(new Fault.RemotePeerFaults(10));
        simulation = new TelemetrySimulator().run(plan);
        List<QualitySample> samples = simulation.samples();
        for (int i = 0; i < samples.size(); i += 50_000) {
            store.appendSamples(samples.subList(i, Math.min(samples.size(), i + 50_000)), null);
        }
        for (Instant minute : store.minutesWithData(START.minus(SPAN), end)) store.aggregateMinute(minute);
        InMemoryDiagnosisInput memory = new InMemoryDiagnosisInput(samples);
        SessionDiagnostician diagnostician = new SessionDiagnostician();
        for (SimulatedSession s : simulation.sessions()) {
            for (var e : s.expected().entrySet()) {
                if (picks.containsKey(e.getValue())) continue;
                if (diagnostician.diagnose(s.sessionId(), e.getKey(), memory).segment() == e.getValue()) {
                    picks.put(e.getValue(), new Pick(s.sessionId(), e.getKey(), s.appId()));
                }
            }
            if (picks.size() == Segment.values().length) break;
        }
    }

    static synchronized TelemetryWorld in(TelemetryStore store) {
        if (instance == null || instanceStore != store) {
            instance = new TelemetryWorld(store);
            instanceStore = store;
        }
        return instance;
    }

    Pick pick(Segment segment) {
        Pick p = picks.get(segment);
        if (p == null) throw new IllegalStateException("the simulated world has no clear " + segment + " user");
        return p;
    }

    List<QualitySample> samplesOf(String sessionId) {
        return simulation.samples().stream().filter(s -> s.sessionId().equals(sessionId)).toList();
    }
}
