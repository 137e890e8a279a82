package io.globaldesk.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Follow-the-sun: every open ticket (not pending the customer) whose owner is off shift goes through the router to
 * someone on shift, most urgent first, with a hand-over note and a notification to both agents. Call it when a center's
 * day ends, when an agent goes away, and when a customer answers a ticket whose owner is off shift; calling it at each
 * such moment keeps the invariant that no open S1/S2 ticket stays with an off-shift owner.
 */
public final class HandoverPlanner {

    private static final Comparator<OwnedTicket> MOST_URGENT_FIRST = Comparator
            .comparing((OwnedTicket t) -> t.request().severity())
            .thenComparing(OwnedTicket::slaDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OwnedTicket::ticketId);

    private final Router router;
    private final HandoverNoteWriter writer = new HandoverNoteWriter();

    public HandoverPlanner(Router router) {
        this.router = Objects.requireNonNull(router, "router");
    }

    /**
     * The first instant after {@code at} at which any of the centers opens or closes: when the scheduler should next
     * plan hand-overs and dispatch the queue. Empty when every center works around the clock.
     */
    public static Optional<Instant> nextShiftChange(Collection<CenterState> centers, Instant at) {
        Instant next = null;
        for (CenterState c : centers) {
            Optional<Instant> change = c.calendar().isOpen(at) ? c.calendar().currentClosing(at)
                    : Optional.of(c.calendar().nextOpening(at));
            if (change.isPresent() && (next == null || change.get().isBefore(next))) next = change.get();
        }
        return Optional.ofNullable(next);
    }

    /** Whether {@code ticket} must be handed over at {@code at}. */
    public static boolean needsHandover(OwnedTicket ticket, RoutingSnapshot snapshot, Instant at) {
        return !ticket.pendingCustomer() && !snapshot.isOnShift(ticket.ownerAgentId(), at);
    }

    public HandoverPlan plan(Collection<OwnedTicket> tickets, RoutingSnapshot snapshot, Instant at) {
        List<OwnedTicket> due = tickets.stream().filter(t -> needsHandover(t, snapshot, at)).sorted(MOST_URGENT_FIRST).toList();
        List<Handover> handovers = new ArrayList<>(due.size());
        RoutingSnapshot current = snapshot;
        for (OwnedTicket ticket : due) {
            AgentState owner = current.agent(ticket.ownerAgentId());
            String fromCenter = owner == null ? null : owner.centerCode();
            if (owner != null) current = current.withRelease(owner.id());
            RoutingDecision decision = router.decide(ticket.request(), current, at);
            if (decision.assigned()) current = current.withAssignment(decision.assignee().id(), at);
            HandoverNote note = writer.write(ticket, fromCenter, decision);
            List<HandoverNotification> notifications = new ArrayList<>(2);
            notifications.add(new HandoverNotification(ticket.ownerAgentId(), HandoverNotification.Role.OUTGOING, note));
            if (decision.assigned())
                notifications.add(new HandoverNotification(decision.assignee().id(), HandoverNotification.Role.INCOMING, note));
            handovers.add(new Handover(ticket, decision, note, notifications,
                    new TicketHandedOver(ticket.ticketId(), ticket.ownerAgentId(), note.toAgentId(), at)));
        }
        return new HandoverPlan(handovers, current, at);
    }
}
