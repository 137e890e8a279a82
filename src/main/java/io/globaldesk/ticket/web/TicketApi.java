package io.globaldesk.ticket.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.globaldesk.platform.security.Actor;
import io.globaldesk.sla.Severity;
import io.globaldesk.ticket.AuthorType;
import io.globaldesk.ticket.Channel;
import io.globaldesk.ticket.Classification;
import io.globaldesk.ticket.NewTicket;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketArticle;
import io.globaldesk.ticket.TicketClassifier;
import io.globaldesk.ticket.TicketImport;
import io.globaldesk.ticket.TicketIntake;
import io.globaldesk.ticket.TicketStatus;
import io.globaldesk.ticket.Tickets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tickets")
@PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
class TicketApi {

    static final int MAX_BODY = 100_000;

    record RequesterBody(@Size(max = 200) String name, @Email @Size(max = 254) String email) {
    }

    record CreateBody(@NotNull UUID organizationId, @Valid RequesterBody requester,
                      @NotBlank @Size(max = 300) String subject, @NotBlank @Size(max = MAX_BODY) String body,
                      @NotNull Channel channel, Severity severity, @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+") String category,
                      @Size(max = 200) String sessionId, @Size(max = 64) String appId,
                      @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags) {
    }

    record ArticleBody(@NotBlank @Size(max = MAX_BODY) String body, Boolean internal) {
    }

    record SatisfactionBody(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 5000) String comment) {
    }

    record StatusBody(@NotNull TicketStatus status) {
    }

    record TagsBody(@NotNull @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags) {
    }

    record MergeBody(@NotNull UUID into) {
    }

    record ClassifyBody(@NotNull @Size(max = 300) String subject, @NotNull @Size(max = MAX_BODY) String body) {
    }

    private final TicketIntake intake;
    private final Tickets tickets;
    private final TicketImport importer;
    private final TicketClassifier classifier;

    TicketApi(TicketIntake intake, Tickets tickets, TicketImport importer, TicketClassifier classifier) {
        this.intake = intake;
        this.tickets = tickets;
        this.importer = importer;
        this.classifier = classifier;
    }

    @PostMapping
    ResponseEntity<TicketViews.TicketView> create(@Valid @RequestBody CreateBody body, Locale locale) {
        Actor actor = Actor.current();
        Channel channel = actor.isCustomer() && body.channel() == Channel.PROACTIVE ? Channel.WEB : body.channel();
        Ticket ticket = intake.open(actor, new NewTicket(body.organizationId(),
                body.requester() == null ? null : body.requester().name(), body.requester() == null ? null : body.requester().email(),
                body.subject().strip(), body.body(), channel, body.severity(), body.category(), body.sessionId(), body.appId(),
                body.tags() == null ? List.of() : body.tags(), channel == Channel.PROACTIVE ? AuthorType.SYSTEM : AuthorType.CUSTOMER, null));
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.id()))
                .body(TicketViews.of(ticket, locale, actor.isStaff(), null));
    }

    @GetMapping("/{id}")
    TicketViews.TicketView get(@PathVariable UUID id, Locale locale) {
        Actor actor = Actor.current();
        return TicketViews.of(tickets.get(actor, id), locale, actor.isStaff(), tickets.articles(actor, id));
    }

    @GetMapping
    List<TicketViews.TicketView> list(@RequestParam UUID organizationId, @RequestParam(defaultValue = "50") int limit, Locale locale) {
        Actor actor = Actor.current();
        return tickets.ofOrganization(actor, organizationId, limit).stream()
                .map(t -> TicketViews.of(t, locale, actor.isStaff(), null)).toList();
    }

    @PostMapping("/{id}/articles")
    ResponseEntity<TicketViews.ArticleView> reply(@PathVariable UUID id, @Valid @RequestBody ArticleBody body) {
        TicketArticle article = tickets.reply(Actor.current(), id, body.body(), Boolean.TRUE.equals(body.internal()));
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/articles/" + article.id()))
                .body(TicketViews.ArticleView.of(article));
    }

    @PostMapping("/{id}/satisfaction")
    ResponseEntity<Void> rate(@PathVariable UUID id, @Valid @RequestBody SatisfactionBody body) {
        tickets.rate(Actor.current(), id, body.score(), body.comment());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/satisfaction")).build();
    }

    @PostMapping("/{id}/status")
    TicketViews.TicketView status(@PathVariable UUID id, @Valid @RequestBody StatusBody body, Locale locale) {
        Actor actor = Actor.current();
        return TicketViews.of(tickets.setStatus(actor, id, body.status()), locale, actor.isStaff(), null);
    }

    @PostMapping("/{id}/tags")
    @PreAuthorize("hasRole('AGENT')")
    TicketViews.TicketView tags(@PathVariable UUID id, @Valid @RequestBody TagsBody body, Locale locale) {
        return TicketViews.of(tickets.setTags(Actor.current(), id, body.tags()), locale, true, null);
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasRole('AGENT')")
    TicketViews.TicketView merge(@PathVariable UUID id, @Valid @RequestBody MergeBody body, Locale locale) {
        return TicketViews.of(tickets.merge(Actor.current(), id, body.into()), locale, true, null);
    }

    @PostMapping("/classify")
    Classification classify(@Valid @RequestBody ClassifyBody body) {
        return classifier.classify(body.subject(), body.body());
    }

    @PostMapping(value = "/import", consumes = {"application/x-ndjson", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    TicketImport.Result importHistory(HttpServletRequest request) throws IOException {
        return importer.importNdjson(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
    }
}
