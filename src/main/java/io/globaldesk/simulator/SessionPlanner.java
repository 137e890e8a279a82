package io.globaldesk.simulator;

import io.globaldesk.telemetry.QualitySample.NetworkType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws the sessions of a plan: when they start, where (region share times local time of day), how long they last,
 * and who takes part. Most participants are in the host region; some call in from another region.
 */
final class SessionPlanner {

    private static final List<Integer> PARTY_SIZES = List.of(2, 3, 4, 5, 6);
    private static final double[] PARTY_WEIGHTS = {0.45, 0.25, 0.15, 0.10, 0.05};

    List<PlannedSession> plan(SimulationPlan plan) {
        List<PlannedSession> sessions = new ArrayList<>(plan.sessions());
        long spanSeconds = plan.span().toSeconds();
        for (int i = 0; i < plan.sessions(); i++) {
            Draw d = Draw.forItem(plan.seed(), i);
            Instant start = plan.start().plusSeconds((long) (d.unit() * spanSeconds));
            World.Region host = d.weighted(plan.world().regions(),
                    r -> r.weight() * Diurnal.factor(start, r.utcOffsetMinutes()));
            long seconds = 2 * Math.round((90 + 390 * Math.pow(d.unit(), 1.6)) / 2);
            int size = d.weighted(PARTY_SIZES, n -> PARTY_WEIGHTS[n - 2]);
            List<PlannedSession.User> users = new ArrayList<>(size);
            Set<String> ids = new HashSet<>();
            for (int k = 0; k < size; k++) {
                World.Region region = k == 0 || !d.chance(0.15) ? host
                        : d.weighted(plan.world().regions(), World.Region::weight);
                users.add(user(d, region, ids, k == 0 ? start : start.plusSeconds(2L * d.between(0, 5))));
            }
            PlannedSession session = new PlannedSession(i, start, start.plus(Duration.ofSeconds(seconds)), host.code(), users);
            session.appId = "app-" + d.between(1, 40);
            sessions.add(session);
        }
        sessions.sort(Comparator.comparing((PlannedSession s) -> s.start).thenComparingInt(s -> s.index));
        for (int n = 0; n < sessions.size(); n++) {
            PlannedSession s = sessions.get(n);
            s.sessionId = "chan-" + (1000 + n) + ":" + s.start.getEpochSecond();
        }
        return sessions;
    }

    private static PlannedSession.User user(Draw d, World.Region region, Set<String> taken, Instant join) {
        World.Country country = d.pick(region.countries());
        World.Isp isp = d.pick(country.isps());
        DeviceModel device = d.pick(DeviceModel.CATALOG);
        NetworkType network = network(d, device, isp);
        String userId;
        do {
            userId = "u-" + d.between(100000, 999999);
        } while (!taken.add(userId));
        Participant participant = new Participant(userId, country.code(), region.code(), isp.name(), network,
                d.pick(region.edgeNodes()), d.pick(device.osVersions()), d.pick(DeviceModel.SDK_VERSIONS), device.name());
        return new PlannedSession.User(participant, LinkProfile.draw(d, device, network, region.code()), join);
    }

    private static NetworkType network(Draw d, DeviceModel device, World.Isp isp) {
        if (device.desktop()) return d.chance(0.4) ? NetworkType.ETHERNET : NetworkType.WIFI;
        if (!d.chance(isp.mobileShare())) return NetworkType.WIFI;
        return d.chance(0.4) ? NetworkType.CELLULAR_5G : NetworkType.CELLULAR_4G;
    }
}
