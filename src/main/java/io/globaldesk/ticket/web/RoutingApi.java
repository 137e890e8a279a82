package io.globaldesk.ticket.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.routing.RoutingDecision;
import io.globaldesk.routing.RoutingMessages;
import io.globaldesk.routing.RoutingRequest;
import io.globaldesk.sla.Severity;
import io.globaldesk.ticket.Classification;
import io.globaldesk.ticket.TicketClassifier;
import io.globaldesk.ticket.internal.RoutingDesk;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What routing would decide at a given instant, persisting nothing. */
@RestController
@RequestMapping("/api/v1/routing")
@PreAuthorize("hasRole('AGENT')")
class RoutingApi {

    record PreviewBody(@NotNull UUID organizationId, @Size(max = 300) String subject, @Size(max = 100_000) String body,
                       Severity severity, @Size(max = 64) String category,
                       @Size(max = 16) @Pattern(regexp = "[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*") String language, Instant at) {
    }

    record Candidate(UUID agentId, String name, String supportCenter, int score, String excludedBecause) {
    }

    record Preview(TicketViews.Person assignee, String supportCenter, boolean queued, List<String> reasons,
                   List<Candidate> candidates, UUID pagedOnCall, String category, Severity severity, String language) {
    }

    private final RoutingDesk desk;
    private final Organizations organizations;
    private final TicketClassifier classifier;
    private final Clock clock;

    RoutingApi(RoutingDesk desk, Organizations organizations, TicketClassifier classifier, Clock clock) {
        this.desk = desk;
        this.organizations = organizations;
        this.classifier = classifier;
        this.clock = clock;
    }

    @PostMapping("/preview")
    Preview preview(@Valid @RequestBody PreviewBody body, Locale locale) {
        Organization organization = organizations.getFor(Actor.current(), body.organizationId());
        Classification predicted = classifier.classify(body.subject() == null ? "" : body.subject(), body.body() == null ? "" : body.body());
        String category = body.category() != null ? body.category() : predicted.category();
        Severity severity = body.severity() != null ? body.severity() : predicted.severity();
        String language = body.language() != null ? body.language()
                : "und".equals(predicted.language()) ? Locale.forLanguageTag(organization.locale()).getLanguage() : predicted.language();
        RoutingRequest request = new RoutingRequest("preview", severity, category, language, organization.tier(),
                organization.region().name());
        RoutingDecision decision = desk.preview(request, body.at() == null ? clock.instant() : body.at());
        RoutingMessages messages = RoutingMessages.forLocale(locale);
        var snapshot = desk.current();
        List<Candidate> candidates = decision.candidates().stream().map(c -> {
            var agent = snapshot.agent(c.agentId());
            return new Candidate(UUID.fromString(c.agentId()), agent == null ? null : agent.name(),
                    agent == null ? null : agent.centerCode(), c.score(),
                    c.excludedBecause() == null ? null : messages.render(c.excludedBecause()));
        }).toList();
        return new Preview(decision.assigned() ? new TicketViews.Person(UUID.fromString(decision.assignee().id()), decision.assignee().name()) : null,
                decision.supportCenter(), decision.queued(), decision.reasons().stream().map(messages::render).toList(), candidates,
                decision.pageOnCall() == null ? null : UUID.fromString(decision.pageOnCall().agentId()), category, severity, language);
    }
}
