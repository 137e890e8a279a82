package io.globaldesk.routing;

import java.util.List;

/** One ticket moved off an agent whose shift ended: where it went, the note, the notifications and the event to publish. */
public record Handover(OwnedTicket ticket, RoutingDecision decision, HandoverNote note,
                       List<HandoverNotification> notifications, TicketHandedOver event) {

    public Handover {
        notifications = List.copyOf(notifications);
    }

    /** Nobody on shift could take it: it goes back to the queue (and the decision may page the on-call engineer). */
    public boolean requeued() { return !decision.assigned(); }
}
