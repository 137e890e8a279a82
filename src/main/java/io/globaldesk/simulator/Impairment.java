package io.globaldesk.simulator;

import io.globaldesk.diagnosis.Segment;

/**
 * A session-level fault on one participant, with its strength drawn once per call.
 *
 * @param lossPct extra packet loss (during the bad phases, for {@link Kind#FLAPPING})
 */
record Impairment(Kind kind, double lossPct, double rttMs, double jitterMs) {

    enum Kind {
        /** Wi-Fi interference or a bad cable: steady loss both ways. */
        LOSSY,
        /** An overfull router queue: large delay, next to no loss; what the user sends still arrives, late. */
        BUFFERBLOAT,
        /** Coverage that comes and goes: 20 s bad, 20 s fine. */
        FLAPPING,
        /** The device runs out of CPU: frame rate collapses and what it sends stutters. */
        DEVICE
    }

    static Impairment localNetwork(Draw d) {
        double pick = d.unit();
        if (pick < 0.6) return new Impairment(Kind.LOSSY, d.uniform(7, 18), d.uniform(30, 120), d.uniform(15, 45));
        if (pick < 0.85) return new Impairment(Kind.BUFFERBLOAT, d.uniform(0.1, 0.5), d.uniform(480, 900), d.uniform(10, 25));
        return new Impairment(Kind.FLAPPING, d.uniform(18, 35), d.uniform(50, 150), d.uniform(30, 60));
    }

    /** A fault on a peer that the others feel: anything but bufferbloat, which delays media without breaking it. */
    static Impairment affectingPeers(Draw d) {
        if (d.chance(0.25)) return device();
        Impairment local = localNetwork(d);
        return local.kind() == Kind.BUFFERBLOAT ? new Impairment(Kind.LOSSY, d.uniform(7, 18), d.uniform(30, 120), d.uniform(15, 45)) : local;
    }

    static Impairment device() {
        return new Impairment(Kind.DEVICE, 0, 0, 0);
    }

    boolean affectsSentMedia() {
        return kind != Kind.BUFFERBLOAT;
    }

    Segment segment() {
        return kind == Kind.DEVICE ? Segment.DEVICE : Segment.LOCAL_NETWORK;
    }
}
