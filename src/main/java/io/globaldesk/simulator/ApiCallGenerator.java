package io.globaldesk.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * API calls from the customers' back ends: spread over regions by traffic and time of day, a small background error
 * rate, and the error spikes of the plan.
 */
final class ApiCallGenerator {

    private record Api(String name, double weight) {}

    private record Failure(int status, String code) {}

    private static final List<Api> APIS = List.of(new Api("join_channel", 0.40), new Api("renew_token", 0.20),
            new Api("query_user_status", 0.15), new Api("create_channel", 0.10),
            new Api("start_cloud_recording", 0.10), new Api("kick_user", 0.05));
    private static final List<Failure> BACKGROUND_FAILURES = List.of(new Failure(401, "TOKEN_EXPIRED"),
            new Failure(429, "RATE_LIMITED"), new Failure(400, "INVALID_ARGUMENT"), new Failure(500, "INTERNAL"));
    private static final List<Failure> SPIKE_FAILURES = List.of(new Failure(503, "UNAVAILABLE"),
            new Failure(500, "INTERNAL"), new Failure(504, "GATEWAY_TIMEOUT"));
    private static final double BACKGROUND_ERROR_RATE = 0.004;

    List<ApiCallEvent> generate(SimulationPlan plan) {
        List<ApiCallEvent> events = new ArrayList<>();
        if (plan.apiCallsPerMinute() == 0) return events;
        long minutes = Math.max(1, plan.span().toMinutes());
        for (long m = 0; m < minutes; m++) {
            Instant minute = plan.start().plusSeconds(60 * m);
            Draw d = Draw.forItem(plan.seed() ^ 0xA71, m);
            for (int k = 0; k < plan.apiCallsPerMinute(); k++) {
                World.Region region = d.weighted(plan.world().regions(),
                        r -> r.weight() * Diurnal.factor(minute, r.utcOffsetMinutes()));
                Instant ts = minute.plusMillis((long) (d.unit() * 60_000));
                String api = d.weighted(APIS, Api::weight).name();
                String app = "app-" + d.between(1, 40);
                double spikeRate = spikeRate(plan, api, region.code(), ts);
                boolean spiking = spikeRate >= 0;
                if (d.chance(spiking ? spikeRate : BACKGROUND_ERROR_RATE)) {
                    Failure failure = d.pick(spiking ? SPIKE_FAILURES : BACKGROUND_FAILURES);
                    double latency = spiking ? d.uniform(800, 5000) : Math.exp(d.gaussian(Math.log(120), 0.6));
                    events.add(new ApiCallEvent(ts, app, api, region.code(), failure.status(), failure.code(), round(latency)));
                } else {
                    events.add(new ApiCallEvent(ts, app, api, region.code(), 200, null,
                            round(Math.exp(d.gaussian(Math.log(80), 0.5)))));
                }
            }
        }
        events.sort(Comparator.comparing(ApiCallEvent::ts));
        return events;
    }

    /** The error rate of a spike covering this call, or -1 when none does. */
    private static double spikeRate(SimulationPlan plan, String api, String region, Instant ts) {
        for (Fault f : plan.faults()) {
            if (f instanceof Fault.ApiErrorSpike s && s.api().equals(api) && s.region().equals(region)
                    && !ts.isBefore(s.from()) && ts.isBefore(s.to())) {
                return s.errorRate();
            }
        }
        return -1;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
