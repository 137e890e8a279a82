package io.globaldesk.simulator;

import io.globaldesk.diagnosis.Segment;

import java.time.Instant;
import java.util.List;

/**
 * The ISP and edge-node faults of a plan: whom they hit, when, and how hard. An ISP degradation spares some of the
 * carrier's users (those with {@link LinkProfile#susceptibility()} of {@value #ISP_SPARED_ABOVE} or more, about one
 * in seven), as a routing or peering problem does; an edge outage hits everyone on the edge.
 */
final class RegionalFaults {

    /** How a regional fault covers one participant's time in a call. */
    enum Coverage { NONE, PARTIAL, FULL }

    static final double ISP_SPARED_ABOVE = 0.85;

    private final List<Fault> faults;

    RegionalFaults(List<Fault> faults) {
        this.faults = faults.stream()
                .filter(f -> f instanceof Fault.IspDegradation || f instanceof Fault.EdgeOutage).toList();
    }

    /** The extra loss, RTT and jitter a participant suffers at {@code at}; {@code null} when no fault hits them. */
    Impairment activeAt(PlannedSession.User u, Instant at) {
        double susceptibility = u.profile.susceptibility();
        for (Fault f : faults) {
            if (!hits(f, u) || !inside(f, at)) continue;
            return switch (f) {
                case Fault.IspDegradation i -> new Impairment(Impairment.Kind.LOSSY,
                        6 + 8 * susceptibility / ISP_SPARED_ABOVE, 100 + 200 * susceptibility, 15 + 20 * susceptibility);
                case Fault.EdgeOutage e -> new Impairment(Impairment.Kind.LOSSY, 5 + 7 * susceptibility,
                        300 + 300 * susceptibility, 20 + 20 * susceptibility);
                default -> throw new IllegalStateException("only regional faults are kept");
            };
        }
        return null;
    }

    Coverage coverage(PlannedSession.User p, Instant from, Instant to) {
        Coverage result = Coverage.NONE;
        for (Fault f : faults) {
            if (!hits(f, p) || !from(f).isBefore(to) || !to(f).isAfter(from)) continue;
            if (!from(f).isAfter(from) && !to(f).isBefore(to)) return Coverage.FULL;
            result = Coverage.PARTIAL;
        }
        return result;
    }

    /** The segment of the fault that fully covers a participant's call, or {@code null}. */
    Segment segment(PlannedSession.User p, Instant from, Instant to) {
        for (Fault f : faults) {
            if (hits(f, p) && !from(f).isAfter(from) && !to(f).isBefore(to)) {
                return f instanceof Fault.EdgeOutage ? Segment.EDGE_NODE : Segment.ISP;
            }
        }
        return null;
    }

    private static boolean hits(Fault f, PlannedSession.User u) {
        Participant p = u.participant;
        return switch (f) {
            case Fault.IspDegradation i -> i.region().equals(p.region()) && i.isp().equals(p.isp())
                    && u.profile.susceptibility() < ISP_SPARED_ABOVE;
            case Fault.EdgeOutage e -> e.edgeNode().equals(p.edgeNode());
            default -> false;
        };
    }

    private static boolean inside(Fault f, Instant at) {
        return !at.isBefore(from(f)) && at.isBefore(to(f));
    }

    private static Instant from(Fault f) {
        return f instanceof Fault.IspDegradation i ? i.from() : ((Fault.EdgeOutage) f).from();
    }

    private static Instant to(Fault f) {
        return f instanceof Fault.IspDegradation i ? i.to() : ((Fault.EdgeOutage) f).to();
    }
}
