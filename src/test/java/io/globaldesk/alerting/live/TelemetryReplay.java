package io.globaldesk.alerting.live;

import io.globaldesk.simulator.Simulation;
import io.globaldesk.simulator.World;
import io.globaldesk.telemetry.AggregateWindowClosed;
import io.globaldesk.telemetry.ApiCallEvent;
import io.globaldesk.telemetry.RollingAggregator;
import io.globaldesk.telemetry.TelemetryStore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Feeds a simulation into a telemetry store minute by minute, closing windows on event time as live ingest would. */
final class TelemetryReplay {

    /** A small world (one region, Japan, two carriers, two edge nodes) so a test replays hours in seconds. */
    static World tokyo() {
        return new World(List.of(new World.Region("ap-northeast", 9 * 60, 1.0,
                List.of(new World.Country("JP", List.of(new World.Isp("NTT", 0.3), new World.Isp("KDDI", 0.5)))),
                List.of("edge-tyo-1", "edge-tyo-2"))));
    }

    static ApiCallEvent toTelemetry(io.globaldesk.simulator.ApiCallEvent e) {
        return new ApiCallEvent(e.ts(), e.appId(), e.api(), e.region(), String.valueOf(e.status()), e.errorCode(), e.latencyMs());
    }

    /** Appends each minute of [from, to) and closes the windows the watermark passed, announcing them to the listener. */
    static void replay(Simulation sim, List<ApiCallEvent> extraCalls, TelemetryStore store, Instant from, Instant to,
                       Consumer<AggregateWindowClosed> listener) {
        replay(sim, extraCalls, store, from, to, new RollingAggregator(store, Duration.ofSeconds(5), listener));
    }

    /** The same through a given aggregator (the application's own, which announces windows as application events). */
    static void replay(Simulation sim, List<ApiCallEvent> extraCalls, TelemetryStore store, Instant from, Instant to,
                       RollingAggregator aggregator) {
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
            Instant next = t.plusSeconds(60);
            var samples = sim.samplesBetween(t, next);
            var calls = new java.util.ArrayList<ApiCallEvent>(sim.apiCallsBetween(t, next).stream().map(TelemetryReplay::toTelemetry).toList());
            for (ApiCallEvent e : extraCalls) if (!e.ts().isBefore(t) && e.ts().isBefore(next)) calls.add(e);
            if (!samples.isEmpty()) store.appendSamples(samples, null);
            if (!calls.isEmpty()) store.appendApiCalls(calls, null);
            Instant latest = next.plusSeconds(10);
            aggregator.observe(t, latest);   // the next minute's first samples move the watermark past this one
            aggregator.closeDueWindows();
        }
    }
}
