package io.globaldesk.simulator;

import io.globaldesk.telemetry.QualitySample;

import java.util.List;
import java.util.NoSuchElementException;

/** The output of one run: the sessions with their ground truth, and the samples and API calls in event-time order. */
public record Simulation(SimulationPlan plan, List<SimulatedSession> sessions, List<QualitySample> samples,
                         List<ApiCallEvent> apiCalls) {

    public Simulation {
        sessions = List.copyOf(sessions);
        samples = List.copyOf(samples);
        apiCalls = List.copyOf(apiCalls);
    }

    public SimulatedSession session(String sessionId) {
        return sessions.stream().filter(s -> s.sessionId().equals(sessionId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no simulated session '" + sessionId + "'"));
    }
}
