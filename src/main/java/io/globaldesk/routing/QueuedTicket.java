package io.globaldesk.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** A ticket waiting for an agent. {@code slaDueAt} is its next SLA due time (null sorts last within its severity). */
public record QueuedTicket(RoutingRequest request, Instant slaDueAt, Instant queuedAt) {

    /** Severity first, then the SLA due soonest, then first come; the ticket id keeps the order total. */
    static final Comparator<QueuedTicket> ORDER = Comparator
            .comparing((QueuedTicket q) -> q.request().severity())
            .thenComparing(QueuedTicket::slaDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(QueuedTicket::queuedAt)
            .thenComparing(q -> q.request().ticketId());

    public QueuedTicket {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(request.ticketId(), "a queued ticket needs its ticket id");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }

    public String ticketId() { return request.ticketId(); }
}
