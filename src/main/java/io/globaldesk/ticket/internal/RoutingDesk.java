package io.globaldesk.ticket.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.globaldesk.directory.Agent;
import io.globaldesk.directory.Agents;
import io.globaldesk.directory.DirectoryChanged;
import io.globaldesk.directory.SupportCenter;
import io.globaldesk.directory.SupportCenters;
import io.globaldesk.routing.AgentState;
import io.globaldesk.routing.HandoverPlan;
import io.globaldesk.routing.HandoverPlanner;
import io.globaldesk.routing.OwnedTicket;
import io.globaldesk.routing.RoutingQueue;
import io.globaldesk.routing.CenterState;
import io.globaldesk.routing.Router;
import io.globaldesk.routing.RoutingDecision;
import io.globaldesk.routing.RoutingRequest;
import io.globaldesk.routing.RoutingSnapshot;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The live picture routing decides on: every active agent with its current open load, and every center's calendar.
 * Directory data is reloaded when the directory changes; loads are tracked as tickets are assigned and released and
 * re-read from the database every minute, so the picture never drifts. Decisions that assign are serialised, so two
 * tickets arriving together cannot both take an agent's last free seat.
 */
@Component
public class RoutingDesk {

    private final Router router;
    private final Agents agents;
    private final SupportCenters centers;
    private final TicketRepository tickets;
    private final Clock clock;
    private volatile RoutingSnapshot snapshot;

    RoutingDesk(Router router, Agents agents, SupportCenters centers, TicketRepository tickets, Clock clock) {
        this.router = router;
        this.agents = agents;
        this.centers = centers;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** What routing would decide now, changing nothing. */
    public RoutingDecision preview(RoutingRequest request, Instant at) {
        return router.decide(request, current(), at);
    }

    /** Decides and, when an agent is chosen, counts the ticket against that agent's capacity at once. */
    public RoutingDecision assign(RoutingRequest request) {
        return assign(request, clock.instant());
    }

    /** As {@link #assign(RoutingRequest)}, deciding at {@code at} (a job running on a moved clock). */
    public synchronized RoutingDecision assign(RoutingRequest request, Instant at) {
        RoutingDecision decision = router.decide(request, current(), at);
        if (decision.assigned()) snapshot = current().withAssignment(decision.assignee().id(), at);
        return decision;
    }

    /** Assigns queued tickets, most urgent first, while anyone on shift has room; the load is counted at once. */
    public synchronized RoutingQueue.Dispatch dispatch(RoutingQueue queue, Instant at) {
        RoutingQueue.Dispatch dispatch = queue.dispatch(router, current(), at);
        snapshot = dispatch.snapshot();
        return dispatch;
    }

    /** Plans the hand-over of {@code owned} tickets whose owners are off shift at {@code at}, and counts the moves. */
    public synchronized HandoverPlan handOver(HandoverPlanner planner, Collection<OwnedTicket> owned, Instant at) {
        HandoverPlan plan = planner.plan(owned, current(), at);
        snapshot = plan.snapshot();
        return plan;
    }

    public synchronized void release(UUID agentId) {
        RoutingSnapshot s = current();
        if (agentId != null && s.agent(agentId.toString()) != null) snapshot = s.withRelease(agentId.toString());
    }

    public synchronized void assigned(UUID agentId) {
        RoutingSnapshot s = current();
        if (agentId != null && s.agent(agentId.toString()) != null) snapshot = s.withAssignment(agentId.toString(), clock.instant());
    }

    public RoutingSnapshot current() {
        RoutingSnapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) snapshot = load();
                s = snapshot;
            }
        }
        return s;
    }

    public Router router() {
        return router;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public synchronized void directoryChanged(DirectoryChanged change) {
        snapshot = null;
    }

    @Scheduled(fixedDelayString = "${globaldesk.routing.refresh-ms:60000}", initialDelayString = "${globaldesk.routing.refresh-ms:60000}")
    public synchronized void refresh() {
        snapshot = load();
    }

    private RoutingSnapshot load() {
        Map<UUID, Integer> load = tickets.openLoadByAgent();
        Map<UUID, Instant> lastAssigned = tickets.lastAssignmentByAgent();
        List<AgentState> agentStates = new ArrayList<>();
        for (Agent a : agents.active()) {
            agentStates.add(new AgentState(a.id().toString(), a.name(), a.supportCenter(), new HashSet<>(a.languages()),
                    new HashSet<>(a.skills()), a.capacity(), load.getOrDefault(a.id(), 0), !a.available(), List.of(),
                    lastAssigned.get(a.id())));
        }
        List<CenterState> centerStates = new ArrayList<>();
        for (SupportCenter c : centers.all()) {
            if (!c.active()) continue;
            centerStates.add(new CenterState(c.code(), c.calendar(), c.region().name(),
                    c.onCallAgentId() == null ? null : c.onCallAgentId().toString()));
        }
        List<AgentState> placed = agentStates.stream()
                .filter(a -> centerStates.stream().anyMatch(c -> c.code().equals(a.centerCode()))).toList();
        return RoutingSnapshot.of(placed, centerStates);
    }
}
