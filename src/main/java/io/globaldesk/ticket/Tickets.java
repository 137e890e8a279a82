package io.globaldesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import io.globaldesk.ticket.internal.CapacityReleased;
import io.globaldesk.ticket.internal.RoutingDesk;
import io.globaldesk.ticket.internal.SlaTracker;
import io.globaldesk.ticket.internal.TicketRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and working tickets: replies and notes, state changes (which pause and resume the SLA clock, release the
 * agent's capacity and re-route a re-opened ticket), tags, merging and satisfaction. A customer sees only its own
 * organization's tickets and never an internal note.
 */
@Service
public class Tickets {

    private final TicketRepository tickets;
    private final Organizations organizations;
    private final TicketIntake intake;
    private final RoutingDesk desk;
    private final SlaTracker sla;
    private final TicketClassifier classifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tickets(TicketRepository tickets, Organizations organizations, TicketIntake intake, RoutingDesk desk, SlaTracker sla,
            TicketClassifier classifier, ApplicationEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.organizations = organizations;
        this.intake = intake;
        this.desk = desk;
        this.sla = sla;
        this.classifier = classifier;
        this.events = events;
        this.clock = clock;
    }

    public Ticket get(Actor actor, UUID id) {
        return tickets.find(id).filter(t -> visible(actor, t)).orElseThrow(() -> new NotFoundException("ticket", id));
    }

    public Optional<Ticket> find(UUID id) {
        return tickets.find(id);
    }

    public List<TicketArticle> articles(Actor actor, UUID id) {
        get(actor, id);
        List<TicketArticle> all = tickets.articles(id);
        return actor.isStaff() ? all : all.stream().filter(a -> !a.internal()).toList();
    }

    public List<Ticket> ofOrganization(Actor actor, UUID organization, int limit) {
        if (!actor.canSee(organization)) throw new NotFoundException("organization", organization);
        return tickets.list("where t.organization_id = ? and not t.imported", new Object[] {organization}, limit);
    }

    /** Open and breached tickets and the satisfaction trend of an organization (for health scores), as of {@code now}. */
    public OrganizationTicketStats statsOf(UUID organization, java.time.Duration period) {
        java.time.Instant now = clock.instant();
        return tickets.statsOf(organization, now.minus(period.multipliedBy(2)), now.minus(period));
    }

    /** Adds a reply or note. An agent's first public reply is the first response; a customer's reply re-opens. */
    @Transactional
    public TicketArticle reply(Actor actor, UUID id, String body, boolean internal) {
        Ticket ticket = get(actor, id);
        if (internal && !actor.isStaff()) throw new InvalidInputException("internal", "only agents write internal notes");
        if (ticket.status() == TicketStatus.CLOSED || ticket.status() == TicketStatus.MERGED) {
            throw new ConflictException("status", "a " + ticket.status() + " ticket takes no more articles");
        }
        AuthorType author = actor.isStaff() ? AuthorType.AGENT : AuthorType.CUSTOMER;
        return addArticle(ticket, author, actor.userId(), actor.name(), body, internal, null, null);
    }

    /** Adds an article written by the system or another module (a diagnosis, a hand-over note, an e-mail). */
    @Transactional
    public TicketArticle addArticle(Ticket ticket, AuthorType author, UUID authorId, String authorName, String body,
                                    boolean internal, String messageId, String inReplyTo) {
        Instant now = clock.instant();
        UUID articleId = tickets.insertArticle(ticket.id(), author, authorId, authorName, body, internal, messageId, inReplyTo, now);
        if (author == AuthorType.AGENT && !internal) {
            tickets.firstResponse(ticket.id(), now);
            recomputeSla(ticket);
        }
        if (author == AuthorType.CUSTOMER && (ticket.status() == TicketStatus.PENDING_CUSTOMER || ticket.status() == TicketStatus.SOLVED)) {
            changeStatus(ticket, TicketStatus.OPEN, authorName);
        }
        events.publishEvent(new ArticleAdded(ticket.id(), articleId, author, internal));
        return tickets.articles(ticket.id()).stream().filter(a -> a.id().equals(articleId)).findFirst().orElseThrow();
    }

    @Transactional
    public Ticket setStatus(Actor actor, UUID id, TicketStatus status) {
        Ticket ticket = get(actor, id);
        if (!actor.isStaff() && status != TicketStatus.SOLVED && status != TicketStatus.OPEN) {
            throw new InvalidInputException("status", "customers can only solve or re-open their tickets");
        }
        changeStatus(ticket, status, actor.name());
        return tickets.find(id).orElseThrow();
    }

    @Transactional
    public Ticket setTags(Actor actor, UUID id, List<String> tags) {
        Ticket ticket = get(actor, id);
        requireStaff(actor);
        tickets.setTags(id, tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList(), clock.instant());
        tickets.history(id, clock.instant(), actor.name(), "tags", ticket.tags(), tags);
        return tickets.find(id).orElseThrow();
    }

    /** Merges {@code id} into {@code target}: its articles stay where they are, the ticket closes as MERGED. */
    @Transactional
    public Ticket merge(Actor actor, UUID id, UUID target) {
        requireStaff(actor);
        Ticket source = get(actor, id);
        Ticket into = get(actor, target);
        if (source.id().equals(into.id())) throw new InvalidInputException("target", "a ticket cannot be merged into itself");
        if (!source.status().canMoveTo(TicketStatus.MERGED) || !into.status().isActive()) {
            throw new ConflictException("status", "only an open ticket can be merged into an open ticket");
        }
        Instant now = clock.instant();
        tickets.markMerged(id, target, now);
        tickets.history(id, now, actor.name(), "status", source.status(), "MERGED into #" + into.number());
        tickets.insertArticle(target, AuthorType.SYSTEM, null, "GlobalDesk", "Merged ticket #" + source.number()
                + ": " + source.subject(), true, null, null, now);
        if (source.status() != TicketStatus.PENDING_CUSTOMER) released(source.assigneeId());
        return tickets.find(id).orElseThrow();
    }

    @Transactional
    public void rate(Actor actor, UUID id, int score, String comment) {
        get(actor, id);
        if (score < 1 || score > 5) throw new InvalidInputException("score", "must be between 1 and 5");
        tickets.satisfaction(id, score, comment, clock.instant());
        tickets.history(id, clock.instant(), actor.name(), "satisfaction", null, score);
    }

    public Optional<TicketRepository.Satisfaction> satisfaction(Actor actor, UUID id) {
        get(actor, id);
        return tickets.satisfactionOf(id);
    }

    public List<TicketRepository.HistoryEntry> history(Actor actor, UUID id) {
        requireStaff(actor);
        get(actor, id);
        return tickets.historyOf(id);
    }

    /** The ticket's two SLA clocks as they stand now; empty for a ticket without an organization. */
    public List<io.globaldesk.sla.SlaStatus> slaStatus(Actor actor, UUID id) {
        Ticket t = get(actor, id);
        if (t.organizationId() == null) return List.of();
        Instant now = clock.instant();
        return organizations.find(t.organizationId()).flatMap(o -> sla.clockOf(id, o.tier(), o.region()))
                .map(c -> List.of(c.status(io.globaldesk.sla.SlaMeasure.FIRST_RESPONSE, now),
                        c.status(io.globaldesk.sla.SlaMeasure.RESOLUTION, now)))
                .orElse(List.of());
    }

    void changeStatus(Ticket ticket, TicketStatus next, String actorName) {
        if (!ticket.status().canMoveTo(next)) {
            throw new ConflictException("status", "a ticket cannot go from " + ticket.status() + " to " + next);
        }
        Instant now = clock.instant();
        tickets.setStatus(ticket.id(), next, now);
        tickets.history(ticket.id(), now, actorName, "status", ticket.status(), next);
        boolean wasCounted = ticket.status() == TicketStatus.NEW || ticket.status() == TicketStatus.OPEN;
        boolean isCounted = next == TicketStatus.OPEN;
        if (next == TicketStatus.PENDING_CUSTOMER) tickets.pause(ticket.id(), now);
        if (ticket.status() == TicketStatus.PENDING_CUSTOMER) tickets.resume(ticket.id(), now);
        if (wasCounted && !isCounted) released(ticket.assigneeId());
        if (!wasCounted && isCounted && ticket.assigneeId() != null && ticket.status() != TicketStatus.SOLVED) desk.assigned(ticket.assigneeId());
        recomputeSla(ticket);
        if (next == TicketStatus.SOLVED) {
            events.publishEvent(new TicketSolved(ticket.id()));
            tickets.articles(ticket.id()).stream().filter(a -> a.authorType() == AuthorType.CUSTOMER).findFirst()
                    .ifPresent(first -> classifier.learn(ticket.subject(), first.body(), ticket.category()));
        }
        if (ticket.status() == TicketStatus.SOLVED && next == TicketStatus.OPEN) {
            Organization organization = ticket.organizationId() == null ? null : organizations.find(ticket.organizationId()).orElse(null);
            intake.route(ticket.id(), organization, ticket.severity(), ticket.category(), ticket.language(), actorName);
        }
    }

    private void released(UUID agentId) {
        desk.release(agentId);
        if (agentId != null) events.publishEvent(new CapacityReleased(agentId));
    }

    private void recomputeSla(Ticket ticket) {
        if (ticket.organizationId() == null) return;
        organizations.find(ticket.organizationId()).ifPresent(o -> sla.store(ticket.id(), o.tier(), o.region()));
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) throw new org.springframework.security.access.AccessDeniedException("staff only");
    }

    private static boolean visible(Actor actor, Ticket ticket) {
        if (actor.isStaff()) return true;
        return ticket.organizationId() != null && actor.canSee(ticket.organizationId()) && !ticket.imported();
    }
}
