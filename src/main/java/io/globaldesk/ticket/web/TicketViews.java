package io.globaldesk.ticket.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.globaldesk.routing.RoutingMessages;
import io.globaldesk.sla.Severity;
import io.globaldesk.ticket.Channel;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketArticle;
import io.globaldesk.ticket.TicketStatus;

/** The JSON shapes of tickets, as the API contract writes them. */
final class TicketViews {

    private TicketViews() {
    }

    record Person(UUID id, String name) {
    }

    record Requester(String name, String email) {
    }

    record Routing(List<String> reasons, boolean queued) {
    }

    record Sla(Instant firstResponseDueAt, Instant resolutionDueAt, boolean paused) {
    }

    record ArticleView(UUID id, String authorType, String authorName, String body, boolean internal, Instant createdAt) {
        static ArticleView of(TicketArticle a) {
            return new ArticleView(a.id(), a.authorType().name(), a.authorName(), a.body(), a.internal(), a.createdAt());
        }
    }

    record TicketView(UUID id, long number, UUID organizationId, String subject, Requester requester, String language,
                      String category, Double categoryConfidence, Severity severity, TicketStatus status, Channel channel,
                      Person assignee, String supportCenter, Routing routing, Sla sla, String sessionId, String appId,
                      List<String> tags, Instant createdAt, Instant updatedAt, Instant firstRespondedAt, Instant solvedAt,
                      UUID mergedInto, List<ArticleView> articles) {
    }

    static TicketView of(Ticket t, Locale locale, boolean staff, List<TicketArticle> articles) {
        RoutingMessages messages = RoutingMessages.forLocale(locale);
        List<String> reasons = staff ? t.routingReasons().stream()
                .map(r -> messages.format(r.key(), r.args().toArray())).toList() : List.of();
        return new TicketView(t.id(), t.number(), t.organizationId(), t.subject(),
                new Requester(t.requesterName(), t.requesterEmail()), t.language(), t.category(), t.categoryConfidence(),
                t.severity(), t.status(), t.channel(), t.assigneeId() == null ? null : new Person(t.assigneeId(), t.assigneeName()),
                t.supportCenter(), new Routing(reasons, t.queued()), new Sla(t.firstResponseDueAt(), t.resolutionDueAt(), t.slaPaused()),
                t.sessionId(), t.appId(), t.tags(), t.createdAt(), t.updatedAt(), t.firstRespondedAt(), t.solvedAt(),
                t.mergedInto(), articles == null ? null : articles.stream().map(ArticleView::of).toList());
    }
}
