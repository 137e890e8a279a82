package io.globaldesk.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Tickets nobody could take, ordered by severity then SLA due time. {@link #dispatch} is called whenever capacity may
 * have freed up (a ticket solved, a shift started, an agent back) and assigns in that order. Not thread-safe: one
 * dispatcher owns it.
 */
public final class RoutingQueue {

    /** One queued ticket that found an agent. */
    public record Assignment(QueuedTicket ticket, RoutingDecision decision) {}

    /** The assignments of one dispatch, and the snapshot with their load applied. */
    public record Dispatch(List<Assignment> assignments, RoutingSnapshot snapshot) {}

    private final TreeSet<QueuedTicket> ordered = new TreeSet<>(QueuedTicket.ORDER);
    private final Map<String, QueuedTicket> byTicketId = new HashMap<>();

    public void enqueue(QueuedTicket ticket) {
        if (byTicketId.containsKey(ticket.ticketId()))
            throw new IllegalStateException("ticket " + ticket.ticketId() + " is already queued");
        ordered.add(ticket);
        byTicketId.put(ticket.ticketId(), ticket);
    }

    /** Takes a ticket out (assigned by hand, solved, merged); false when it was not queued. */
    public boolean remove(String ticketId) {
        QueuedTicket q = byTicketId.remove(ticketId);
        return q != null && ordered.remove(q);
    }

    public boolean contains(String ticketId) { return byTicketId.containsKey(ticketId); }

    public int size() { return ordered.size(); }

    /** The queue in dispatch order. */
    public List<QueuedTicket> snapshot() { return List.copyOf(ordered); }

    /** Assigns queued tickets, most urgent first, as long as anyone on shift has room. */
    public Dispatch dispatch(Router router, RoutingSnapshot snapshot, Instant at) {
        List<Assignment> assignments = new ArrayList<>();
        RoutingSnapshot current = snapshot;
        Iterator<QueuedTicket> it = ordered.iterator();
        while (it.hasNext() && current.anyOnShiftWithSpareCapacity(at)) {
            QueuedTicket q = it.next();
            RoutingDecision decision = router.decide(q.request(), current, at);
            if (!decision.assigned()) continue;
            it.remove();
            byTicketId.remove(q.ticketId());
            current = current.withAssignment(decision.assignee().id(), at);
            assignments.add(new Assignment(q, decision));
        }
        return new Dispatch(List.copyOf(assignments), current);
    }
}
