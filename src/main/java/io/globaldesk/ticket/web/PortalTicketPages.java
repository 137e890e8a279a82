package io.globaldesk.ticket.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.globaldesk.directory.Organizations;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.sla.Severity;
import io.globaldesk.ticket.AuthorType;
import io.globaldesk.ticket.Channel;
import io.globaldesk.ticket.NewTicket;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketIntake;
import io.globaldesk.ticket.TicketStatus;
import io.globaldesk.ticket.Tickets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer portal's tickets: the organization's tickets, a web form to open one, and a ticket's conversation without
 * internal notes, with reply, solve and a 1–5 satisfaction rating once solved. Another organization's ticket is a 404.
 */
@Controller
@PreAuthorize("hasRole('CUSTOMER')")
class PortalTicketPages {

    private final Tickets tickets;
    private final TicketIntake intake;
    private final Organizations organizations;

    PortalTicketPages(Tickets tickets, TicketIntake intake, Organizations organizations) {
        this.tickets = tickets;
        this.intake = intake;
        this.organizations = organizations;
    }

    @GetMapping("/portal/tickets")
    String list(Model model, Locale locale) {
        Actor actor = Actor.current();
        model.addAttribute("organization", organizations.getFor(actor, actor.organizationId()));
        model.addAttribute("tickets", tickets.ofOrganization(actor, actor.organizationId(), 200));
        model.addAttribute("fmt", formats(actor, locale));
        return "ticket/portal-list";
    }

    @GetMapping("/portal/tickets/new")
    String form(Model model) {
        model.addAttribute("severities", Severity.values());
        return "ticket/portal-new";
    }

    @PostMapping("/portal/tickets")
    String create(@RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body,
                  @RequestParam(required = false) String severity, RedirectAttributes flash) {
        Actor actor = Actor.current();
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        if (subject.isBlank() || subject.length() > 300) errors.add(new InvalidInputException.FieldError("subject", "must be 1 to 300 characters"));
        if (body.isBlank() || body.length() > TicketApi.MAX_BODY) errors.add(new InvalidInputException.FieldError("body", "must not be blank or too long"));
        Severity chosen = null;
        if (severity != null && !severity.isBlank()) {
            try {
                chosen = Severity.valueOf(severity);
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException.FieldError("severity", "must be one of S1, S2, S3, S4"));
            }
        }
        if (!errors.isEmpty()) {
            flash.addFlashAttribute("formErrors", errors);
            flash.addFlashAttribute("draftSubject", subject);
            flash.addFlashAttribute("draftBody", body);
            return "redirect:/portal/tickets/new";
        }
        Ticket ticket = intake.open(actor, new NewTicket(actor.organizationId(), actor.name(), null, subject.strip(), body,
                Channel.WEB, chosen, null, null, null, List.of(), AuthorType.CUSTOMER, null));
        flash.addFlashAttribute("saved", true);
        return "redirect:/portal/tickets/" + ticket.id();
    }

    @GetMapping("/portal/tickets/{id}")
    String ticket(@PathVariable UUID id, Model model, Locale locale) {
        Actor actor = Actor.current();
        Ticket ticket = tickets.get(actor, id);
        model.addAttribute("ticket", ticket);
        model.addAttribute("articles", tickets.articles(actor, id));
        model.addAttribute("satisfaction", tickets.satisfaction(actor, id).orElse(null));
        model.addAttribute("canSolve", ticket.status().canMoveTo(TicketStatus.SOLVED));
        model.addAttribute("canRate", ticket.status() == TicketStatus.SOLVED || ticket.status() == TicketStatus.CLOSED);
        model.addAttribute("canReply", ticket.status() != TicketStatus.CLOSED && ticket.status() != TicketStatus.MERGED);
        model.addAttribute("fmt", formats(actor, locale));
        return "ticket/portal-ticket";
    }

    @PostMapping("/portal/tickets/{id}/reply")
    String reply(@PathVariable UUID id, @RequestParam(defaultValue = "") String body, RedirectAttributes flash) {
        Actor actor = Actor.current();
        tickets.get(actor, id);
        return TicketPages.attempt(() -> {
            if (body.isBlank() || body.length() > TicketApi.MAX_BODY) throw new InvalidInputException("body", "must not be blank or too long");
            tickets.reply(actor, id, body, false);
        }, "/portal/tickets/" + id, flash);
    }

    @PostMapping("/portal/tickets/{id}/solve")
    String solve(@PathVariable UUID id, RedirectAttributes flash) {
        Actor actor = Actor.current();
        tickets.get(actor, id);
        return TicketPages.attempt(() -> tickets.setStatus(actor, id, TicketStatus.SOLVED), "/portal/tickets/" + id, flash);
    }

    @PostMapping("/portal/tickets/{id}/rating")
    String rate(@PathVariable UUID id, @RequestParam(defaultValue = "0") String score,
                @RequestParam(defaultValue = "") String comment, RedirectAttributes flash) {
        Actor actor = Actor.current();
        Ticket ticket = tickets.get(actor, id);
        return TicketPages.attempt(() -> {
            if (ticket.status() != TicketStatus.SOLVED && ticket.status() != TicketStatus.CLOSED)
                throw new InvalidInputException("score", "a ticket is rated once it is solved");
            int value;
            try {
                value = Integer.parseInt(score);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("score", "must be between 1 and 5");
            }
            if (comment.length() > 5000) throw new InvalidInputException("comment", "is too long");
            tickets.rate(actor, id, value, comment.isBlank() ? null : comment);
        }, "/portal/tickets/" + id, flash);
    }

    private static PageFormats formats(Actor actor, Locale locale) {
        return new PageFormats(locale, ZoneId.of("UTC"));
    }
}
