package io.globaldesk.ticket;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import io.globaldesk.ticket.internal.TicketRepository;
import org.springframework.stereotype.Service;

/**
 * A read-only view of tickets for reporting modules (insights): they ask here rather than read the ticket tables.
 * Large periods are streamed, not loaded into one list.
 */
@Service
public class TicketFacts {

    private final TicketRepository tickets;

    TicketFacts(TicketRepository tickets) {
        this.tickets = tickets;
    }

    /** Every ticket created in [from, to), oldest first, handed one at a time to {@code sink}. */
    public void createdBetween(Instant from, Instant to, Consumer<TicketFact> sink) {
        tickets.facts("t.created_at >= ? and t.created_at < ?", new Object[] {Timestamp.from(from),
                Timestamp.from(to)}, sink);
    }

    /** Tickets rated in [from, to), oldest rating first. */
    public void ratedBetween(Instant from, Instant to, Consumer<TicketFact> sink) {
        tickets.facts("s.created_at >= ? and s.created_at < ?", new Object[] {Timestamp.from(from),
                Timestamp.from(to)}, sink);
    }

    /** The organization's tickets created since {@code since}, oldest first, handed one at a time to {@code sink}. */
    public void ofOrganizationSince(java.util.UUID organization, Instant since, Consumer<TicketFact> sink) {
        tickets.facts("t.organization_id = ? and t.created_at >= ?", new Object[] {organization, Timestamp.from(since)}, sink);
    }

    public List<TicketFact> byIds(List<java.util.UUID> ids) {
        List<TicketFact> found = new java.util.ArrayList<>();
        if (ids.isEmpty()) return found;
        tickets.facts("t.id = any(?)", new Object[] {ids.toArray(java.util.UUID[]::new)}, found::add);
        return found;
    }
}
