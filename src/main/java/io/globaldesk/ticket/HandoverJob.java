package io.globaldesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.directory.Agent;
import io.globaldesk.directory.Agents;
import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.routing.AgentState;
import io.globaldesk.routing.ArticleView;
import io.globaldesk.routing.Handover;
import io.globaldesk.routing.HandoverNote;
import io.globaldesk.routing.HandoverPlan;
import io.globaldesk.routing.HandoverPlanner;
import io.globaldesk.routing.OwnedTicket;
import io.globaldesk.routing.RoutingMessages;
import io.globaldesk.routing.RoutingSnapshot;
import io.globaldesk.ticket.internal.RoutingDesk;
import io.globaldesk.ticket.internal.TicketRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follow-the-sun: when a center's day ends, every active ticket of its agents that is not pending the customer goes
 * through routing to someone on shift (or back to the queue), with a hand-over note as an internal article in the
 * receiving agent's first language. Both agents are told through {@link io.globaldesk.routing.TicketHandedOver}, which
 * the notification module turns into e-mail. Run at every shift change and on a periodic sweep, it keeps the invariant
 * that no open S1/S2 ticket stays with an off-shift owner longer than the sweep interval.
 */
@Service
public class HandoverJob {

    static final String ACTOR = "follow-the-sun";

    private final TicketRepository tickets;
    private final Organizations organizations;
    private final Agents agents;
    private final RoutingDesk desk;
    private final TicketIntake intake;
    private final HandoverPlanner planner;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    HandoverJob(TicketRepository tickets, Organizations organizations, Agents agents, RoutingDesk desk, TicketIntake intake,
                ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.tickets = tickets;
        this.organizations = organizations;
        this.agents = agents;
        this.desk = desk;
        this.intake = intake;
        this.planner = new HandoverPlanner(desk.router());
        this.events = events;
        this.transactions = transactions;
    }

    /** Hands over what is due at {@code clock.instant()}; returns the hand-overs made. */
    public synchronized List<Handover> run(Clock clock) {
        Instant at = clock.instant();
        RoutingSnapshot snapshot = desk.current();
        Map<UUID, Optional<Organization>> orgs = new HashMap<>();
        Map<String, Ticket> byId = new HashMap<>();
        List<OwnedTicket> due = new ArrayList<>();
        List<UUID> onShift = snapshot.agents().stream().filter(a -> snapshot.isOnShift(a.id(), at))
                .map(a -> UUID.fromString(a.id())).toList();
        for (Ticket t : tickets.openOwnedByOthersThan(onShift)) {
            Organization org = t.organizationId() == null ? null
                    : orgs.computeIfAbsent(t.organizationId(), organizations::find).orElse(null);
            due.add(new OwnedTicket(TicketIntake.requestFor(t.id(), org, t.severity(), t.category(), t.language()),
                    t.assigneeId().toString(), false, QueueDispatcher.slaDue(t), views(tickets.articles(t.id()))));
            byId.put(t.id().toString(), t);
        }
        if (due.isEmpty()) return List.of();
        HandoverPlan plan = desk.handOver(planner, due, at);
        for (Handover h : plan.handovers()) {
            Ticket ticket = byId.get(h.ticket().ticketId());
            // published inside the transaction: module listeners (the e-mail to both agents) run after its commit
            transactions.executeWithoutResult(s -> {
                store(ticket, h, snapshot, at);
                events.publishEvent(h.event());
            });
        }
        return plan.handovers();
    }

    private void store(Ticket ticket, Handover h, RoutingSnapshot before, Instant at) {
        intake.record(ticket.id(), h.decision(), ACTOR, at);
        HandoverNote note = h.note();
        AgentState from = before.agent(note.fromAgentId());
        String fromName = from == null ? ticket.assigneeName() : from.name();
        String toName = h.decision().assigned() ? h.decision().assignee().name() : null;
        Locale locale = note.toAgentId() == null ? Locale.ENGLISH : agents.find(UUID.fromString(note.toAgentId()))
                .map(Agent::languages).filter(l -> !l.isEmpty()).map(l -> Locale.forLanguageTag(l.getFirst())).orElse(Locale.ENGLISH);
        String text = HandoverNoteText.render(note, ticket.number(), fromName, toName, locale);
        UUID article = tickets.insertArticle(ticket.id(), AuthorType.SYSTEM, null, "GlobalDesk", text, true, null, null, at);
        tickets.history(ticket.id(), at, ACTOR, "handover", fromName, toName != null ? toName : "queue " + note.toCenter());
        tickets.recordHandover(ticket.id(), UUID.fromString(note.fromAgentId()), fromName, note.fromCenter(),
                note.toAgentId() == null ? null : UUID.fromString(note.toAgentId()), toName, note.toCenter(), at);
        events.publishEvent(new ArticleAdded(ticket.id(), article, AuthorType.SYSTEM, true));
    }

    private static List<ArticleView> views(List<TicketArticle> articles) {
        return articles.stream().map(a -> new ArticleView(ArticleView.Author.valueOf(a.authorType().name()), a.internal(),
                a.body(), a.createdAt())).toList();
    }
}
