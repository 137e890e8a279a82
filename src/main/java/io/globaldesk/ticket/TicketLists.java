package io.globaldesk.ticket;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.platform.security.Actor;
import io.globaldesk.ticket.internal.TicketRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The agents' and leads' working lists: mine, my center's, the queue, and what breaches soon. Staff only. */
@Service
public class TicketLists {

    /** How far ahead "breaching soon" looks. */
    public static final Duration SOON = Duration.ofHours(2);
    private static final String ACTIVE = "t.status in ('NEW', 'OPEN', 'PENDING_CUSTOMER') and not t.imported";
    private static final String NEXT_DUE = "case when t.first_responded_at is null then t.first_response_due_at else t.resolution_due_at end";

    private final TicketRepository tickets;
    private final Clock clock;

    TicketLists(TicketRepository tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    public List<Ticket> mine(Actor actor, int limit) {
        requireStaff(actor);
        if (actor.agentId() == null) return List.of();
        return tickets.listOrdered("where " + ACTIVE + " and t.assignee_agent_id = ?", new Object[] {actor.agentId()},
                "t.severity, " + NEXT_DUE + " nulls last", limit);
    }

    /** The active tickets of a center, or of every center when {@code center} is null. */
    public List<Ticket> ofCenter(Actor actor, String center, int limit) {
        requireStaff(actor);
        return center == null
                ? tickets.listOrdered("where " + ACTIVE + " and t.assignee_agent_id is not null", new Object[0], "t.severity, t.created_at", limit)
                : tickets.listOrdered("where " + ACTIVE + " and t.support_center = ?", new Object[] {center}, "t.severity, t.created_at", limit);
    }

    /** The active tickets owned by any of these agents (an agent's teams), most severe first. */
    public List<Ticket> ofAgents(Actor actor, Collection<UUID> agents, int limit) {
        requireStaff(actor);
        if (agents.isEmpty()) return List.of();
        return tickets.listOrdered("where " + ACTIVE + " and t.assignee_agent_id = any(?::uuid[])",
                new Object[] {agents.stream().map(UUID::toString).toArray(String[]::new)}, "t.severity, t.created_at", limit);
    }

    public List<Ticket> queued(Actor actor, int limit) {
        requireStaff(actor);
        return tickets.listOrdered("where t.queued and t.status in ('NEW', 'OPEN')", new Object[0],
                "t.severity, " + NEXT_DUE + " nulls last, t.created_at", limit);
    }

    /** Running clocks due within {@link #SOON} (or already past due), most urgent first. */
    public List<Ticket> breachingSoon(Actor actor, int limit) {
        requireStaff(actor);
        return tickets.listOrdered("where t.status in ('NEW', 'OPEN') and t.sla_paused_since is null and " + NEXT_DUE + " < ?",
                new Object[] {Timestamp.from(clock.instant().plus(SOON))}, NEXT_DUE, limit);
    }

    public Map<String, Integer> queuedBySeverity(Actor actor) {
        requireStaff(actor);
        return tickets.queuedBySeverity();
    }

    public Optional<Ticket> byNumber(Actor actor, long number) {
        requireStaff(actor);
        return tickets.findByNumber(number);
    }

    public List<TicketRepository.HandoverRow> recentHandovers(Actor actor, int limit) {
        requireStaff(actor);
        return tickets.recentHandovers(limit);
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) throw new AccessDeniedException("staff only");
    }
}
