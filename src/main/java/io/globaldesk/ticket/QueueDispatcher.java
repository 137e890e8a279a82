package io.globaldesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.routing.QueuedTicket;
import io.globaldesk.routing.RoutingQueue;
import io.globaldesk.ticket.internal.RoutingDesk;
import io.globaldesk.ticket.internal.TicketRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assigns queued tickets the moment someone can take them: after capacity is released (solved, pending, merged), when
 * an agent becomes available, when a center opens, and on a periodic sweep. Most severe first, then the SLA due soonest.
 * The queue itself lives in the database (the {@code queued} column); each dispatch reads it into a {@link RoutingQueue}.
 */
@Service
public class QueueDispatcher {

    static final String ACTOR = "routing";
    private static final int MAX_BATCH = 2_000;

    private final TicketRepository tickets;
    private final Organizations organizations;
    private final RoutingDesk desk;
    private final TicketIntake intake;
    private final TransactionTemplate transactions;
    private final Clock clock;

    QueueDispatcher(TicketRepository tickets, Organizations organizations, RoutingDesk desk, TicketIntake intake,
                    TransactionTemplate transactions, Clock clock) {
        this.tickets = tickets;
        this.organizations = organizations;
        this.desk = desk;
        this.intake = intake;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Dispatches at the application clock's now; returns how many queued tickets found an agent. */
    public int dispatch() {
        return dispatch(clock);
    }

    /** Dispatches at {@code at.instant()}: callable directly with a moved clock. */
    public synchronized int dispatch(Clock at) {
        Instant now = at.instant();
        List<Ticket> waiting = tickets.queued(MAX_BATCH);
        if (waiting.isEmpty()) return 0;
        Map<UUID, Optional<Organization>> orgs = new HashMap<>();
        RoutingQueue queue = new RoutingQueue();
        for (Ticket t : waiting) {
            Organization org = t.organizationId() == null ? null
                    : orgs.computeIfAbsent(t.organizationId(), organizations::find).orElse(null);
            queue.enqueue(new QueuedTicket(TicketIntake.requestFor(t.id(), org, t.severity(), t.category(), t.language()),
                    slaDue(t), t.createdAt()));
        }
        RoutingQueue.Dispatch dispatch = desk.dispatch(queue, now);
        int assigned = 0;
        for (RoutingQueue.Assignment a : dispatch.assignments()) {
            UUID id = UUID.fromString(a.ticket().ticketId());
            boolean stillQueued = Boolean.TRUE.equals(transactions.execute(s -> {
                if (tickets.find(id).filter(t -> t.queued() && t.status().isActive()).isEmpty()) return false;
                intake.record(id, a.decision(), ACTOR, now);
                return true;
            }));
            if (stillQueued) assigned++;
            else desk.release(UUID.fromString(a.decision().assignee().id()));
        }
        return assigned;
    }

    /** The due time that matters next: the first response until it is given, then the resolution. */
    static Instant slaDue(Ticket t) {
        return t.firstRespondedAt() == null && t.firstResponseDueAt() != null ? t.firstResponseDueAt() : t.resolutionDueAt();
    }
}
