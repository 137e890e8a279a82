package io.globaldesk.simulator;

import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.Role;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.TelemetryStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Live telemetry for the demo: every 10 s it appends the simulated samples whose event time has come, for the demo
 * organizations' app ids. Each 10-minute plan carries an ISP degradation and an edge outage in rotating places, plus a
 * few local-network and device faults, so the dashboards and diagnoses have something to show. The first tick
 * back-fills the last 15 minutes; minutes older than one minute are aggregated as they close. Exists only with {@code globaldesk.demo=true}; ticks on its own only with
 * {@code globaldesk.telemetry.demo-feed=true} (the default; the integration tests switch it off and tick by hand).
 */
@Component
@ConditionalOnProperty(name = "globaldesk.demo", havingValue = "true")
public class DemoTelemetryFeed {

    private static final Logger log = LoggerFactory.getLogger(DemoTelemetryFeed.class);
    static final Duration PLAN_SPAN = Duration.ofMinutes(10);
    static final Duration BACKFILL = Duration.ofMinutes(15);
    private static final int SESSIONS_PER_PLAN = 150;
    private static final String[][] ISP_FAULTS = {{"ap-northeast", "KDDI"}, {"eu-west", "Vodafone"},
            {"us-east", "Verizon"}, {"sa-east", "Claro"}};
    private static final String[] EDGE_FAULTS = {"edge-sjc-2", "edge-fra-1", "edge-sin-1", "edge-bom-1"};

    private final TelemetryStore store;
    private final Organizations organizations;
    private final Clock clock;
    private final boolean scheduled;
    private final AtomicLong plans = new AtomicLong();
    private final List<Simulation> active = new ArrayList<>();
    private Instant released;
    private Instant plannedUntil;
    private Instant aggregatedUntil;

    DemoTelemetryFeed(TelemetryStore store, Organizations organizations, Clock clock,
                      @Value("${globaldesk.telemetry.demo-feed:true}") boolean scheduled) {
        this.store = store;
        this.organizations = organizations;
        this.clock = clock;
        this.scheduled = scheduled;
    }

    @Scheduled(initialDelay = 5_000, fixedDelay = 10_000)
    void scheduledTick() {
        if (!scheduled) return;
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("the demo telemetry feed failed to append; it retries on the next tick", e);
        }
    }

    /** Appends everything simulated up to now that was not appended yet; returns how many samples that was. */
    public synchronized int tick() {
        Instant now = clock.instant();
        if (released == null) {
            released = now.minus(BACKFILL);
            plannedUntil = released;
        }
        List<String> appIds = demoAppIds();
        while (plannedUntil.isBefore(now.plus(Duration.ofMinutes(1)))) {
            active.add(simulate(plannedUntil, appIds));
            plannedUntil = plannedUntil.plus(PLAN_SPAN);
        }
        List<QualitySample> batch = new ArrayList<>();
        for (Iterator<Simulation> it = active.iterator(); it.hasNext(); ) {
            Simulation sim = it.next();
            batch.addAll(sim.samplesBetween(released, now));
            if (sim.samples().isEmpty() || !sim.samples().getLast().ts().isAfter(now)) it.remove();
        }
        released = now;
        if (!batch.isEmpty()) store.appendSamples(batch, null);
        closeMinutes(now);
        return batch.size();
    }

    /**
     * Aggregates every whole minute released more than a minute ago that was not yet, so that the long-window
     * dashboards (served from the per-minute aggregates) have data in the demo too.
     */
    private void closeMinutes(Instant now) {
        Instant end = now.minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES);
        Instant start = aggregatedUntil != null ? aggregatedUntil : now.minus(BACKFILL).truncatedTo(ChronoUnit.MINUTES);
        if (!start.isBefore(end)) return;
        for (Instant minute : store.minutesWithData(start, end)) store.aggregateMinute(minute);
        aggregatedUntil = end;
    }

    private Simulation simulate(Instant start, List<String> appIds) {
        long n = plans.getAndIncrement();
        String[] isp = ISP_FAULTS[(int) (n % ISP_FAULTS.length)];
        String edge = EDGE_FAULTS[(int) ((n + 1) % EDGE_FAULTS.length)];
        SimulationPlan plan = SimulationPlan.of(start.getEpochSecond() ^ 0x5eed, start, PLAN_SPAN, SESSIONS_PER_PLAN)
                .withFault(new Fault.IspDegradation(isp[0], isp[1], start, start.plus(PLAN_SPAN)))
                .withFault(new Fault.EdgeOutage(edge, start.plus(Duration.ofMinutes(2)), start.plus(Duration.ofMinutes(7))))
                .withFault(new Fault.LocalNetworkFaults(6))
                .withFault(new Fault.DeviceOverloads(4))
                .withFault(new Fault.RemotePeerFaults(4));
        Simulation sim = new TelemetrySimulator().run(plan);
        List<QualitySample> samples = sim.samples().stream().map(s -> withApp(s, appIds)).toList();
        return new Simulation(plan, sim.sessions(), samples, List.of());
    }

    private static QualitySample withApp(QualitySample s, List<String> appIds) {
        String app = appIds.get(Math.floorMod(s.appId().hashCode(), appIds.size()));
        return new QualitySample(s.ts(), app, s.sessionId(), s.userId(), s.country(), s.region(), s.isp(),
                s.networkType(), s.edgeNode(), s.os(), s.sdkVersion(), s.device(), s.rttMs(), s.uplinkLossPct(),
                s.downlinkLossPct(), s.jitterMs(), s.sendBitrateKbps(), s.recvBitrateKbps(), s.fps(),
                s.audioFreezeRatePct(), s.videoFreezeRatePct(), s.cpuAppPct(), s.cpuSystemPct());
    }

    private List<String> demoAppIds() {
        List<String> ids = organizations.visibleTo(new Actor(null, "demo feed", Role.ADMIN, null, null, null)).stream()
                .filter(Organization::active).flatMap(o -> o.appIds().stream()).sorted().toList();
        return ids.isEmpty() ? List.of("demo-app") : ids;
    }
}
