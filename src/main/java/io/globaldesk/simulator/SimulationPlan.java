package io.globaldesk.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to simulate: {@code sessions} calls starting between {@code start} and {@code start + span}, spread over
 * regions by their traffic share and local time of day, with the given faults and {@code apiCallsPerMinute} API calls.
 */
public record SimulationPlan(long seed, Instant start, Duration span, int sessions, int apiCallsPerMinute,
                             World world, List<Fault> faults) {

    public SimulationPlan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(world, "world");
        if (span == null || span.isNegative() || span.isZero()) throw new IllegalArgumentException("span must be positive");
        if (sessions < 0 || apiCallsPerMinute < 0) throw new IllegalArgumentException("counts cannot be negative");
        faults = List.copyOf(faults);
        int sessionFaults = faultySessions(faults);
        if (sessionFaults > sessions) {
            throw new IllegalArgumentException("the faults need " + sessionFaults + " sessions but the plan has only " + sessions);
        }
    }

    public static SimulationPlan of(long seed, Instant start, Duration span, int sessions) {
        return new SimulationPlan(seed, start, span, sessions, 0, World.standard(), List.of());
    }

    public SimulationPlan withFault(Fault fault) {
        List<Fault> more = new ArrayList<>(faults);
        more.add(fault);
        return new SimulationPlan(seed, start, span, sessions, apiCallsPerMinute, world, more);
    }

    public SimulationPlan withApiCallsPerMinute(int perMinute) {
        return new SimulationPlan(seed, start, span, sessions, perMinute, world, faults);
    }

    public Instant end() {
        return start.plus(span);
    }

    /** How many sessions the session-level faults take. */
    int faultySessions() {
        return faultySessions(faults);
    }

    private static int faultySessions(List<Fault> faults) {
        return faults.stream().mapToInt(SimulationPlan::sessionsNeeded).sum();
    }

    private static int sessionsNeeded(Fault fault) {
        return switch (fault) {
            case Fault.LocalNetworkFaults f -> f.sessions();
            case Fault.RemotePeerFaults f -> f.sessions();
            case Fault.DeviceOverloads f -> f.sessions();
            default -> 0;
        };
    }
}
