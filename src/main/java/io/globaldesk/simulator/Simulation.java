package io.globaldesk.simulator;

import io.globaldesk.telemetry.QualitySample;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.NoSuchElementException;

/** The output of one run: the sessions with their ground truth, and the samples and API calls in event-time order. */
public record Simulation(SimulationPlan plan, List<SimulatedSession> sessions, List<QualitySample> samples,
                         List<ApiCallEvent> apiCalls) {

    public Simulation {
        sessions = List.copyOf(sessions);
        samples = List.copyOf(samples);
        apiCalls = List.copyOf(apiCalls);
    }

    /** The samples with {@code from <= ts < to}: what a live feed releases when its clock moves from one to the other. */
    public List<QualitySample> samplesBetween(Instant from, Instant to) {
        return samples.subList(firstAtOrAfter(samples, from, QualitySample::ts), firstAtOrAfter(samples, to, QualitySample::ts));
    }

    /** The API calls with {@code from <= ts < to}. */
    public List<ApiCallEvent> apiCallsBetween(Instant from, Instant to) {
        return apiCalls.subList(firstAtOrAfter(apiCalls, from, ApiCallEvent::ts), firstAtOrAfter(apiCalls, to, ApiCallEvent::ts));
    }

    private static <T> int firstAtOrAfter(List<T> sorted, Instant at, Function<T, Instant> ts) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ts.apply(sorted.get(mid)).isBefore(at)) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public SimulatedSession session(String sessionId) {
        return sessions.stream().filter(s -> s.sessionId().equals(sessionId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no simulated session '" + sessionId + "'"));
    }
}
