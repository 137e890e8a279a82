package io.globaldesk.simulator;

import io.globaldesk.diagnosis.Segment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Places the session-level faults of a plan. They go only into sessions well clear of any regional fault (a quarter
 * of an hour on either side), so that each user's true segment is unambiguous.
 */
final class FaultAssigner {

    private static final Duration CLEARANCE = Duration.ofMinutes(15);

    void assign(SimulationPlan plan, List<PlannedSession> sessions) {
        List<PlannedSession> clear = new ArrayList<>();
        for (PlannedSession s : sessions) {
            if (plan.faults().stream().noneMatch(f -> nearRegionalFault(f, s, plan.world()))) clear.add(s);
        }
        Collections.shuffle(clear, new Random(plan.seed() ^ 0x5EED));
        int wanted = plan.faultySessions();
        if (wanted > clear.size()) {
            throw new IllegalArgumentException("the plan asks for " + wanted + " sessions with a session-level fault but only "
                    + clear.size() + " sessions are clear of its regional faults; plan more sessions or fewer faults");
        }
        var next = clear.iterator();
        for (Fault f : plan.faults()) {
            switch (f) {
                case Fault.LocalNetworkFaults(int n) -> repeat(n, () -> onOwnUser(next.next(), Segment.LOCAL_NETWORK, plan.seed()));
                case Fault.DeviceOverloads(int n) -> repeat(n, () -> onOwnUser(next.next(), Segment.DEVICE, plan.seed()));
                case Fault.RemotePeerFaults(int n) -> repeat(n, () -> onPeer(next.next(), plan.seed()));
                default -> { }
            }
        }
    }

    private static void onOwnUser(PlannedSession s, Segment segment, long seed) {
        Draw d = Draw.forItem(seed ^ 0xFA17, s.index);
        PlannedSession.User culprit = d.pick(s.users);
        culprit.impairment = segment == Segment.DEVICE ? Impairment.device() : Impairment.localNetwork(d);
        s.injected = segment;
        s.subjectUserId = culprit.participant.userId();
    }

    private static void onPeer(PlannedSession s, long seed) {
        Draw d = Draw.forItem(seed ^ 0xFA17, s.index);
        int culprit = d.between(0, s.users.size() - 1);
        int subject = (culprit + d.between(1, s.users.size() - 1)) % s.users.size();
        s.users.get(culprit).impairment = Impairment.affectingPeers(d);
        s.injected = Segment.REMOTE_PEER;
        s.subjectUserId = s.users.get(subject).participant.userId();
    }

    private static boolean nearRegionalFault(Fault fault, PlannedSession s, World world) {
        return switch (fault) {
            case Fault.IspDegradation f -> s.touchesRegion(f.region(), f.from().minus(CLEARANCE), f.to().plus(CLEARANCE));
            case Fault.EdgeOutage f -> s.touchesRegion(world.regionOfEdge(f.edgeNode()).code(),
                    f.from().minus(CLEARANCE), f.to().plus(CLEARANCE));
            default -> false;
        };
    }

    private static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) action.run();
    }
}
