package io.globaldesk.ticket.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.globaldesk.directory.Agents;
import io.globaldesk.directory.Organizations;
import io.globaldesk.directory.SupportCenters;
import io.globaldesk.directory.Teams;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.routing.AgentState;
import io.globaldesk.routing.CenterState;
import io.globaldesk.routing.RoutingMessages;
import io.globaldesk.routing.RoutingSnapshot;
import io.globaldesk.sla.Severity;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketLists;
import io.globaldesk.ticket.TicketStatus;
import io.globaldesk.ticket.TicketAttachments;
import io.globaldesk.ticket.Tickets;
import io.globaldesk.ticket.internal.RoutingDesk;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agents' ticket pages (lists and the ticket page) and the leads' queue health and hand-overs. */
@Controller
@PreAuthorize("hasRole('AGENT')")
class TicketPages {

    static final List<String> TABS = List.of("mine", "team", "unassigned", "breaching");
    private static final int LIMIT = 200;

    private final Tickets tickets;
    private final TicketLists lists;
    private final Organizations organizations;
    private final Agents agents;
    private final SupportCenters centers;
    private final RoutingDesk desk;
    private final java.time.Clock clock;
    private final TicketAttachments attachments;
    private final Teams teams;

    TicketPages(Tickets tickets, TicketLists lists, Organizations organizations, Agents agents, SupportCenters centers,
                RoutingDesk desk, java.time.Clock clock, TicketAttachments attachments, Teams teams) {
        this.attachments = attachments;
        this.teams = teams;
        this.tickets = tickets;
        this.lists = lists;
        this.organizations = organizations;
        this.agents = agents;
        this.centers = centers;
        this.desk = desk;
        this.clock = clock;
    }

    @GetMapping("/tickets")
    String list(@RequestParam(defaultValue = "mine") String tab, Model model, Locale locale) {
        Actor actor = Actor.current();
        String current = TABS.contains(tab) ? tab : "mine";
        List<Ticket> shown = switch (current) {
            case "team" -> teamTickets(actor);
            case "unassigned" -> lists.queued(actor, LIMIT);
            case "breaching" -> lists.breachingSoon(actor, LIMIT);
            default -> lists.mine(actor, LIMIT);
        };
        model.addAttribute("tab", current);
        model.addAttribute("tabs", TABS);
        model.addAttribute("tickets", shown);
        model.addAttribute("fmt", formats(actor, locale));
        return "ticket/list";
    }

    @GetMapping("/tickets/{id}")
    String ticket(@PathVariable UUID id, Model model, Locale locale) {
        Actor actor = Actor.current();
        Ticket ticket = tickets.get(actor, id);
        RoutingMessages messages = RoutingMessages.forLocale(locale);
        model.addAttribute("ticket", ticket);
        model.addAttribute("articles", tickets.articles(actor, id));
        model.addAttribute("attachments", attachments.of(actor, id));
        model.addAttribute("history", tickets.history(actor, id));
        model.addAttribute("sla", tickets.slaStatus(actor, id));
        model.addAttribute("reasons", ticket.routingReasons().stream().map(r -> render(messages, r)).toList());
        model.addAttribute("organization", ticket.organizationId() == null ? null : organizations.find(ticket.organizationId()).orElse(null));
        model.addAttribute("related", ticket.organizationId() == null ? List.of()
                : tickets.ofOrganization(actor, ticket.organizationId(), 6).stream().filter(t -> !t.id().equals(id)).limit(5).toList());
        model.addAttribute("statuses", List.of(TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER, TicketStatus.SOLVED, TicketStatus.CLOSED)
                .stream().filter(s -> ticket.status().canMoveTo(s)).toList());
        model.addAttribute("satisfaction", tickets.satisfaction(actor, id).orElse(null));
        model.addAttribute("fmt", formats(actor, locale));
        return "ticket/ticket";
    }

    @PostMapping("/tickets/{id}/reply")
    String reply(@PathVariable UUID id, @RequestParam(defaultValue = "") String body,
                 @RequestParam(defaultValue = "false") boolean internal, @RequestParam(required = false) TicketStatus status,
                 RedirectAttributes flash) {
        Actor actor = Actor.current();
        return attempt(() -> {
            if (body.isBlank() && status == null) throw new InvalidInputException("body", "must not be blank");
            if (body.length() > TicketApi.MAX_BODY) throw new InvalidInputException("body", "is too long");
            if (!body.isBlank()) tickets.reply(actor, id, body, internal);
            if (status != null && tickets.get(actor, id).status() != status) tickets.setStatus(actor, id, status);
        }, "/tickets/" + id, flash);
    }

    @PostMapping("/tickets/{id}/tags")
    String tags(@PathVariable UUID id, @RequestParam(defaultValue = "") String tags, RedirectAttributes flash) {
        List<String> list = java.util.Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return attempt(() -> {
            if (list.size() > 20 || list.stream().anyMatch(t -> t.length() > 50))
                throw new InvalidInputException("tags", "at most 20 tags of at most 50 characters");
            tickets.setTags(Actor.current(), id, list);
        }, "/tickets/" + id, flash);
    }

    @PostMapping("/tickets/{id}/merge")
    String merge(@PathVariable UUID id, @RequestParam(defaultValue = "") String into, RedirectAttributes flash) {
        Actor actor = Actor.current();
        return attempt(() -> {
            long number;
            try {
                number = Long.parseLong(into.strip().replace("#", ""));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("into", "must be a ticket number");
            }
            Ticket target = lists.byNumber(actor, number)
                    .orElseThrow(() -> new InvalidInputException("into", "no ticket has number " + number));
            tickets.merge(actor, id, target.id());
        }, "/tickets/" + id, flash);
    }

    /** One center's load against its capacity, and whether it is on shift now. */
    record CenterLoad(String code, boolean open, int load, int capacity, int agents) {
    }

    @GetMapping("/lead/queue")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    String queue(Model model, Locale locale) {
        Actor actor = Actor.current();
        RoutingSnapshot snapshot = desk.current();
        java.time.Instant now = clock.instant();
        List<CenterLoad> loads = new ArrayList<>();
        for (CenterState c : snapshot.centers()) {
            int load = 0, capacity = 0, count = 0;
            for (AgentState a : snapshot.agents()) {
                if (!a.centerCode().equals(c.code())) continue;
                load += a.openLoad();
                capacity += a.capacity();
                count++;
            }
            loads.add(new CenterLoad(c.code(), c.calendar().isOpen(now), load, capacity, count));
        }
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        Map<String, Integer> queued = lists.queuedBySeverity(actor);
        for (Severity s : Severity.values()) bySeverity.put(s.name(), queued.getOrDefault(s.name(), 0));
        model.addAttribute("bySeverity", bySeverity);
        model.addAttribute("queuedTotal", bySeverity.values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("breaching", lists.breachingSoon(actor, 50));
        model.addAttribute("loads", loads);
        model.addAttribute("chartCenters", String.join(",", loads.stream().map(CenterLoad::code).toList()));
        model.addAttribute("chartLoads", String.join(",", loads.stream().map(l -> String.valueOf(l.load())).toList()));
        model.addAttribute("chartCapacities", String.join(",", loads.stream().map(l -> String.valueOf(l.capacity())).toList()));
        model.addAttribute("fmt", formats(actor, locale));
        return "ticket/lead-queue";
    }

    @GetMapping("/lead/handovers")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    String handovers(Model model, Locale locale) {
        Actor actor = Actor.current();
        model.addAttribute("handovers", lists.recentHandovers(actor, 100));
        model.addAttribute("fmt", formats(actor, locale));
        return "ticket/lead-handovers";
    }

    private static String render(RoutingMessages messages, Ticket.StoredReason r) {
        try {
            return messages.format(r.key(), r.args().toArray());
        } catch (java.util.MissingResourceException e) {
            return r.key() + " " + r.args();
        }
    }

    /** The tickets of everyone in the agent's directory teams; the agent's center when it is in no team. */
    private List<Ticket> teamTickets(Actor actor) {
        List<UUID> teammates = actor.agentId() == null ? List.of() : teams.all().stream()
                .filter(t -> t.active() && t.members().contains(actor.agentId()))
                .flatMap(t -> t.members().stream()).distinct().toList();
        return teammates.isEmpty() ? lists.ofCenter(actor, myCenter(actor), LIMIT) : lists.ofAgents(actor, teammates, LIMIT);
    }

    private String myCenter(Actor actor) {
        return actor.agentId() == null ? null : agents.find(actor.agentId()).map(a -> a.supportCenter()).orElse(null);
    }

    private PageFormats formats(Actor actor, Locale locale) {
        ZoneId zone = actor.agentId() == null ? ZoneOffset.UTC : agents.find(actor.agentId())
                .flatMap(a -> centers.findByCode(a.supportCenter())).map(c -> c.timeZone()).orElse(ZoneOffset.UTC);
        return new PageFormats(locale, zone);
    }

    static String attempt(Runnable action, String page, RedirectAttributes flash) {
        try {
            action.run();
            flash.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("formErrors", e.errors());
        } catch (ConflictException e) {
            flash.addFlashAttribute("formErrors", List.of(new InvalidInputException.FieldError(e.field(), e.getMessage())));
        }
        return "redirect:" + page;
    }
}
