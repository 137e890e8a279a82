package io.globaldesk.insights;

import io.globaldesk.knowledge.CaseReviewPublished;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.globaldesk.directory.Agent;
import io.globaldesk.directory.Agents;
import io.globaldesk.insights.internal.CaseReviewRepository;
import io.globaldesk.insights.internal.MentionFinder;
import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.NotFoundException;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketStatus;
import io.globaldesk.ticket.Tickets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case reviews: a solved ticket's problem, root cause, resolution and lessons, published in one action as an internal
 * knowledge article ({@link CaseReviewPublished}); agents of every center discuss them, mentioning each other with
 * {@code @name} (the part of their e-mail address before the @), and pick cases of the week for the global review.
 */
@Service
public class CaseReviews {

    public record Draft(String title, String problem, String rootCause, String resolution, String lessons, String locale,
                        List<String> tags) {
    }

    private final CaseReviewRepository reviews;
    private final Tickets tickets;
    private final Agents agents;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseReviews(CaseReviewRepository reviews, Tickets tickets, Agents agents, MessageSource messages,
                ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.tickets = tickets;
        this.agents = agents;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Reviews a solved ticket and publishes the review for the knowledge base, in one step. */
    @Transactional
    public CaseReview publish(UUID ticketId, Draft draft, String authorName) {
        Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new NotFoundException("ticket", ticketId));
        if (ticket.status() != TicketStatus.SOLVED && ticket.status() != TicketStatus.CLOSED) {
            throw new ConflictException("ticketId", "only a solved or closed ticket can be reviewed; this one is " + ticket.status());
        }
        if (reviews.existsForTicket(ticketId)) throw new ConflictException("ticketId", "this ticket already has a case review");
        String locale = draft.locale() == null || draft.locale().isBlank() ? ticket.language() : draft.locale().strip();
        String title = draft.title() == null || draft.title().isBlank() ? ticket.subject() : draft.title().strip();
        List<String> tags = draft.tags() == null ? List.of() : draft.tags().stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        CaseReview review = new CaseReview(null, ticketId, ticket.number(), title, draft.problem().strip(), draft.rootCause().strip(),
                draft.resolution().strip(), draft.lessons().strip(), locale, tags, authorName, clock.instant(), null);
        UUID id = reviews.insert(review);
        CaseReview saved = get(id);
        Locale l = Locale.forLanguageTag(locale);
        String markdown = saved.markdown(text("insights.review.problem", l), text("insights.review.rootCause", l),
                text("insights.review.resolution", l), text("insights.review.lessons", l));
        List<String> articleTags = new ArrayList<>(tags);
        articleTags.add("case-review");
        events.publishEvent(new CaseReviewPublished(id, ticketId, title, markdown, locale, List.copyOf(articleTags)));
        return saved;
    }

    public CaseReview get(UUID id) {
        return reviews.find(id).orElseThrow(() -> new NotFoundException("case-review", id));
    }

    public List<CaseReview> recent(int limit) {
        return reviews.recent(Math.max(1, Math.min(limit, 200)));
    }

    /** Adds a comment; every {@code @handle} naming an active agent (of any center) becomes a mention. */
    @Transactional
    public CaseReview.Comment comment(UUID reviewId, String body, String authorName) {
        get(reviewId);
        List<Agent> mentioned = MentionFinder.mentioned(body, agents.active());
        Instant now = clock.instant();
        UUID id = reviews.insertComment(reviewId, authorName, body.strip(), mentioned.stream().map(Agent::id).toList(), now);
        for (Agent agent : mentioned) {
            events.publishEvent(new AgentMentioned(agent.id(), AgentMentioned.Subject.CASE_REVIEW, reviewId.toString(), id, authorName));
        }
        return new CaseReview.Comment(id, reviewId, authorName, body.strip(), mentioned.stream()
                .map(a -> new CaseReview.Mention(a.id(), a.name(), a.supportCenter())).toList(), now);
    }

    public List<CaseReview.Comment> comments(UUID reviewId) {
        get(reviewId);
        Map<UUID, Agent> byId = new LinkedHashMap<>();
        for (Agent a : agents.all()) byId.put(a.id(), a);
        return reviews.comments(reviewId).stream().map(c -> new CaseReview.Comment(c.id(), c.reviewId(), c.authorName(), c.body(),
                c.mentioned().stream().filter(byId::containsKey).map(byId::get)
                        .map(a -> new CaseReview.Mention(a.id(), a.name(), a.supportCenter())).toList(), c.createdAt())).toList();
    }

    /** Puts a review on the list of the week starting Monday {@code week}, or takes it off with null. */
    @Transactional
    public CaseReview caseOfWeek(UUID reviewId, LocalDate week) {
        get(reviewId);
        reviews.markCaseOfWeek(reviewId, week == null ? null : Satisfaction.week(week.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        return get(reviewId);
    }

    public List<CaseReview> casesOfWeek(LocalDate week) {
        return reviews.ofWeek(Satisfaction.week(week.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
