package io.globaldesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.platform.db.TimeOrderedIds;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.routing.Reason;
import io.globaldesk.routing.RoutingDecision;
import io.globaldesk.routing.RoutingRequest;
import io.globaldesk.routing.TicketAssigned;
import io.globaldesk.sla.Severity;
import io.globaldesk.ticket.internal.Opening;
import io.globaldesk.ticket.internal.RoutingDesk;
import io.globaldesk.ticket.internal.SlaTracker;
import io.globaldesk.ticket.internal.TicketRepository;
import io.globaldesk.ticket.internal.TicketWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Opens tickets from every channel: detects the language, predicts category and severity where the channel gave none,
 * routes the ticket and starts its SLA clocks, and stores it with its first article in one transaction.
 */
@Service
public class TicketIntake {

    private final TicketRepository tickets;
    private final Organizations organizations;
    private final TicketClassifier classifier;
    private final RoutingDesk desk;
    private final SlaTracker sla;
    private final TicketWriter writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketIntake(TicketRepository tickets, Organizations organizations, TicketClassifier classifier, RoutingDesk desk,
                 SlaTracker sla, TicketWriter writer, ApplicationEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.organizations = organizations;
        this.classifier = classifier;
        this.desk = desk;
        this.sla = sla;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a ticket: decides everything first (language, category, severity, routing, SLA clocks), then stores it with
     * its first article, history, mails and events in one transaction — the caller's, or one it shares with tickets
     * opened at the same moment ({@link TicketWriter}).
     */
    public Ticket open(Actor actor, NewTicket request) {
        Organization organization = request.organizationId() == null ? null : visibleOrganization(actor, request.organizationId());
        if (organization == null && actor.isCustomer()) throw new InvalidInputException("organizationId", "is required");
        Classification predicted = classifier.classify(request.subject(), request.body());
        String category = request.category() != null ? request.category() : predicted.category();
        if (!classifier.taxonomy().contains(category)) {
            throw new InvalidInputException("category", "must be one of " + classifier.taxonomy().categories());
        }
        Severity severity = request.severity() != null ? request.severity() : predicted.severity();
        String language = languageOf(predicted, organization);
        // stored to the microsecond, so the ticket answered now equals the one read back later
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID id = TimeOrderedIds.next();
        RoutingDecision decision = desk.assign(requestFor(id, organization, severity, category, language), now);
        TicketRepository.SlaStart slaStart = organization == null ? null : sla.initial(severity, organization.tier(), organization.region(), now);
        TicketRepository.NewRow row = new TicketRepository.NewRow(request.organizationId(), request.requesterName(),
                request.requesterEmail(), request.subject(), language, category,
                request.category() != null ? null : predicted.confidence(), severity,
                decision.assigned() ? TicketStatus.OPEN : TicketStatus.NEW, request.channel(),
                request.sessionId(), request.appId(), request.tags() == null ? List.of() : request.tags(), null, false, now, null);
        Opening.FirstArticle article = new Opening.FirstArticle(TimeOrderedIds.next(), request.firstAuthor(), actor.userId(),
                request.requesterName() != null ? request.requesterName() : actor.name(), request.body(), request.messageId());
        return writer.store(new Opening(id, row,
                decision.assigned() ? new Opening.Assignee(UUID.fromString(decision.assignee().id()), decision.assignee().name()) : null,
                decision.supportCenter(), stored(decision.reasons()), slaStart, article,
                decision.pageOnCall() == null ? null
                        : new Opening.Paged(UUID.fromString(decision.pageOnCall().agentId()), decision.pageOnCall().centerCode()),
                actor.name()));
    }

    /** Routes a new or re-opened ticket, or queues it when no agent can take it now. */
    void route(UUID id, Organization organization, Severity severity, String category, String language, String actor) {
        route(id, organization, severity, category, language, actor, clock.instant());
    }

    RoutingDecision route(UUID id, Organization organization, Severity severity, String category, String language,
                          String actor, Instant at) {
        RoutingDecision decision = desk.assign(requestFor(id, organization, severity, category, language), at);
        record(id, decision, actor, at);
        return decision;
    }

    static RoutingRequest requestFor(UUID id, Organization organization, Severity severity, String category, String language) {
        return new RoutingRequest(id.toString(), severity, category, language,
                organization == null ? io.globaldesk.directory.Tier.STANDARD : organization.tier(),
                organization == null ? null : organization.region().name());
    }

    /** Stores a routing decision on the ticket: assignee or queue, reasons, history, and the on-call page of an S1. */
    void record(UUID id, RoutingDecision decision, String actor, Instant now) {
        UUID assignee = decision.assigned() ? UUID.fromString(decision.assignee().id()) : null;
        tickets.assign(id, assignee, decision.assigned() ? decision.assignee().name() : null, decision.supportCenter(),
                !decision.assigned(), stored(decision.reasons()), now);
        tickets.history(id, now, actor, "assignee", null, decision.assigned() ? decision.assignee().name() : "queue");
        TicketAssigned assignment = assignment(id, decision, now);
        if (assignment != null) events.publishEvent(assignment);
        page(id, decision, actor, now);
    }

    private static TicketAssigned assignment(UUID id, RoutingDecision decision, Instant now) {
        return decision.assigned() ? new TicketAssigned(id.toString(), decision.assignee().id(), decision.supportCenter(), now) : null;
    }

    /** An S1 with nobody eligible pages the center's on-call engineer. */
    private void page(UUID id, RoutingDecision decision, String actor, Instant now) {
        if (decision.pageOnCall() != null) {
            tickets.history(id, now, actor, "paged", null, decision.pageOnCall().agentId());
            events.publishEvent(new OnCallPaged(id, UUID.fromString(decision.pageOnCall().agentId()), decision.pageOnCall().centerCode()));
        }
    }

    static List<Ticket.StoredReason> stored(List<Reason> reasons) {
        List<Ticket.StoredReason> result = new ArrayList<>();
        for (Reason r : reasons) result.add(new Ticket.StoredReason(r.code().key(), r.args()));
        return result;
    }

    private Organization visibleOrganization(Actor actor, UUID organizationId) {
        Organization organization = organizations.find(organizationId)
                .filter(o -> actor.canSee(o.id()))
                .orElseThrow(() -> new InvalidInputException("organizationId", "no organization has id " + organizationId));
        if (!organization.active()) throw new InvalidInputException("organizationId", "the organization is deactivated");
        return organization;
    }

    /** The detected language; for a text too short to tell, the organization's own language. */
    private static String languageOf(Classification predicted, Organization organization) {
        String tag = predicted.language();
        if ((tag == null || tag.equals("und")) && organization != null) {
            return Locale.forLanguageTag(organization.locale()).getLanguage();
        }
        return tag == null || tag.equals("und") ? "en" : tag;
    }
}
