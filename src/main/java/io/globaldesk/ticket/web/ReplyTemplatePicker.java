package io.globaldesk.ticket.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.globaldesk.culture.ReplyTemplate;
import io.globaldesk.culture.TemplateRenderer;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.NotFoundException;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.Tickets;
import io.globaldesk.ticket.internal.Requesters;
import io.globaldesk.ticket.internal.Requesters.Requester;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reply box's template picker: the reply templates composed (greeting, template, closing) in the ticket's customer's
 * culture profile and language, and the reply box with a chosen one added to what the agent already typed.
 */
@Controller
@PreAuthorize("hasRole('AGENT')")
class ReplyTemplatePicker {

    /** The templates an agent answers a ticket with; hand-over and incident notices are sent by the system. */
    static final List<ReplyTemplate> OFFERED = List.of(ReplyTemplate.FIRST_REPLY, ReplyTemplate.NEED_MORE_INFO,
            ReplyTemplate.TICKET_RESOLVED, ReplyTemplate.SLA_APOLOGY);
    /** Stands where the agent still has to write something (root cause, steps, the details asked for). */
    private static final String TO_FILL = "[…]";
    private static final Duration NEXT_UPDATE = Duration.ofHours(4);

    record Offer(ReplyTemplate template, String text) {
    }

    private final Tickets tickets;
    private final Requesters requesters;
    private final TemplateRenderer renderer;
    private final java.time.Clock clock;

    ReplyTemplatePicker(Tickets tickets, Requesters requesters, TemplateRenderer renderer,
                        java.time.Clock clock) {
        this.tickets = tickets;
        this.requesters = requesters;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The picker (an htmx fragment): each offered template as the customer would read it. */
    @GetMapping("/tickets/{id}/reply-templates")
    String picker(@PathVariable UUID id, Model model) {
        Actor actor = Actor.current();
        Ticket ticket = tickets.get(actor, id);
        Requester customer = requesters.of(ticket);
        model.addAttribute("ticket", ticket);
        model.addAttribute("profile", customer.profile());
        model.addAttribute("customerLocale", customer.locale().toLanguageTag());
        model.addAttribute("offers", OFFERED.stream()
                .map(t -> new Offer(t, compose(t, ticket, customer, actor))).toList());
        return "ticket/reply-templates :: picker";
    }

    /** The reply box again, with the chosen template added below what the agent had typed. */
    @PostMapping("/tickets/{id}/reply-templates/{template}")
    String insert(@PathVariable UUID id, @PathVariable String template, @RequestParam(defaultValue = "") String body,
                  Model model) {
        ReplyTemplate chosen = OFFERED.stream().filter(t -> t.name().equals(template)).findFirst()
                .orElseThrow(() -> new NotFoundException("reply template", template));
        Actor actor = Actor.current();
        Ticket ticket = tickets.get(actor, id);
        String text = compose(chosen, ticket, requesters.of(ticket), actor);
        String typed = body.length() > TicketApi.MAX_BODY ? body.substring(0, TicketApi.MAX_BODY) : body;
        model.addAttribute("body", typed.isBlank() ? text : typed.stripTrailing() + "\n\n" + text);
        return "ticket/reply-templates :: replyBox";
    }

    private String compose(ReplyTemplate template, Ticket ticket, Requester customer, Actor actor) {
        Instant now = clock.instant();
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("customerName", customer.name() == null ? "" : customer.name());
        args.put("agentName", actor.name());
        args.put("ticketNumber", "#" + ticket.number());
        args.put("summary", ticket.subject());
        args.put("rootCause", TO_FILL);
        args.put("steps", TO_FILL);
        args.put("items", TO_FILL);
        args.put("count", 1);
        args.put("resolvedAt", now.atZone(ZoneOffset.UTC));
        args.put("nextUpdateAt", now.plus(NEXT_UPDATE).atZone(ZoneOffset.UTC));
        long late = ticket.firstResponseDueAt() == null ? 0 : Duration.between(ticket.firstResponseDueAt(), now).toMinutes();
        args.put("delayMinutes", Math.max(0, late));
        return renderer.compose(template, customer.profile(), customer.locale(), args);
    }
}
