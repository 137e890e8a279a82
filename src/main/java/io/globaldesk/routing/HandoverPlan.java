package io.globaldesk.routing;

import java.time.Instant;
import java.util.List;

/** The hand-overs due at one moment and the routing snapshot with them applied. */
public record HandoverPlan(List<Handover> handovers, RoutingSnapshot snapshot, Instant at) {

    public HandoverPlan {
        handovers = List.copyOf(handovers);
    }

    /** The tickets to put back in the queue. */
    public List<QueuedTicket> requeued() {
        return handovers.stream().filter(Handover::requeued)
                .map(h -> new QueuedTicket(h.ticket().request(), h.ticket().slaDueAt(), at)).toList();
    }

    /** Every notification to send, outgoing and incoming. */
    public List<HandoverNotification> notifications() {
        return handovers.stream().flatMap(h -> h.notifications().stream()).toList();
    }

    public List<OnCallPage> pages() {
        return handovers.stream().map(h -> h.decision().pageOnCall()).filter(p -> p != null).toList();
    }
}
