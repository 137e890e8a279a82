package io.globaldesk.simulator;

import io.globaldesk.telemetry.QualitySample;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Emits one sample per participant every 2 s of a session. Each tick first draws every participant's own link and
 * device, then what each one receives: a stream freezes with the loss on the sender's uplink plus the receiver's
 * downlink, and when the sender's device is overloaded; a sample reports the worst stream received.
 */
final class SampleGenerator {

    static final int TICK_SECONDS = 2;
    private static final int FLAP_TICKS = 10;

    /** One participant's own condition at one tick. */
    private record State(double uplinkLoss, double downlinkLoss, double rtt, double jitter,
                         double cpuSystem, double cpuApp, double fps, boolean overloaded, double sendKbps) {}

    private final RegionalFaults regional;

    SampleGenerator(RegionalFaults regional) {
        this.regional = regional;
    }

    void generate(PlannedSession s, long seed, Consumer<QualitySample> out) {
        Draw d = Draw.forItem(seed ^ 0x5A3E, s.index);
        int n = s.users.size();
        State[] states = new State[n];
        int tick = 0;
        for (Instant t = s.start; t.isBefore(s.end); t = t.plusSeconds(TICK_SECONDS), tick++) {
            for (int i = 0; i < n; i++) {
                PlannedSession.User u = s.users.get(i);
                states[i] = t.isBefore(u.join) ? null : state(u, t, tick, d);
            }
            for (int i = 0; i < n; i++) {
                if (states[i] != null) out.accept(sample(s, i, states, t, d));
            }
        }
    }

    private State state(PlannedSession.User u, Instant t, int tick, Draw d) {
        LinkProfile p = u.profile;
        double loss = p.lossPct(), rtt = p.rttMs(), jitter = p.jitterMs();
        Impairment own = u.impairment;
        boolean overloaded = own != null && own.kind() == Impairment.Kind.DEVICE;
        boolean flappingGood = own != null && own.kind() == Impairment.Kind.FLAPPING && (tick / FLAP_TICKS) % 2 == 1;
        if (own != null && !overloaded && !flappingGood) {
            loss += own.lossPct();
            rtt += own.rttMs();
            jitter += own.jitterMs();
        }
        Impairment carrierOrEdge = regional.activeAt(u, t);
        if (carrierOrEdge != null) {
            loss += carrierOrEdge.lossPct();
            rtt += carrierOrEdge.rttMs();
            jitter += carrierOrEdge.jitterMs();
        }
        double up = loss * d.uniform(0.6, 1.4), down = loss * d.uniform(0.6, 1.4);
        rtt *= d.uniform(0.85, 1.15);
        jitter *= d.uniform(0.7, 1.3);
        if (d.chance(0.01)) { // a transient burst every few minutes, as real links have
            up += d.uniform(3, 12);
            down += d.uniform(3, 12);
            rtt += d.uniform(100, 300);
            jitter += d.uniform(20, 50);
        }
        double cpuSystem, cpuApp, fps;
        if (overloaded) {
            cpuSystem = clampPct(d.gaussian(93 + 5 * p.susceptibility(), 2.5));
            cpuApp = cpuSystem * d.uniform(0.65, 0.9);
            fps = Math.max(1, d.gaussian(3 + 7 * (1 - p.susceptibility()), 1.2));
        } else {
            cpuSystem = clampPct(d.gaussian(p.cpuSystemPct(), 4));
            cpuApp = Math.min(cpuSystem, Math.max(1, d.gaussian(p.cpuAppPct(), 3)));
            fps = Math.max(1, p.fps() - Math.abs(d.gaussian(0, 1.5)));
        }
        double send = p.sendKbps() * Math.max(0.2, 1 - up / 50) * (overloaded ? 0.5 : 1) * d.uniform(0.9, 1.1);
        return new State(Math.min(up, 100), Math.min(down, 100), rtt, jitter, cpuSystem, cpuApp, fps, overloaded, send);
    }

    private static QualitySample sample(PlannedSession s, int i, State[] states, Instant t, Draw d) {
        State me = states[i];
        double worstVideo = 0, worstAudio = 0, recv = 0;
        boolean anyPeer = false;
        for (int j = 0; j < states.length; j++) {
            State peer = states[j];
            if (j == i || peer == null) continue;
            anyPeer = true;
            double streamLoss = Math.min(90, peer.uplinkLoss() + me.downlinkLoss());
            double susceptibility = s.users.get(j).profile.susceptibility();
            double video = 2 * Math.max(0, streamLoss - 3) + (peer.overloaded() ? 20 + 25 * susceptibility : 0);
            double audio = 1.2 * Math.max(0, streamLoss - 3.5) + (peer.overloaded() ? 5 + 7 * susceptibility : 0);
            worstVideo = Math.max(worstVideo, video);
            worstAudio = Math.max(worstAudio, audio);
            recv += peer.sendKbps() * (1 - streamLoss / 100);
        }
        double video = anyPeer ? Math.min(100, worstVideo + 1.2 * Math.pow(d.unit(), 2)) : 0;
        double audio = anyPeer ? Math.min(100, worstAudio + 0.5 * Math.pow(d.unit(), 2)) : 0;
        Participant p = s.users.get(i).participant;
        boolean web = p.os().startsWith("Web");
        return new QualitySample(t, s.appId, s.sessionId, p.userId(), p.country(), p.region(), p.isp(), p.networkType(),
                p.edgeNode(), p.os(), p.sdkVersion(), p.device(),
                round(me.rtt()), round(me.uplinkLoss()), round(me.downlinkLoss()), round(me.jitter()),
                round(me.sendKbps()), round(recv), round(me.fps()), round(audio), round(video),
                web ? null : round(me.cpuApp()), round(me.cpuSystem()));
    }

    private static double clampPct(double value) {
        return Math.max(0, Math.min(100, value));
    }

    private static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
