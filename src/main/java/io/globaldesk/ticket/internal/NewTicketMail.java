package io.globaldesk.ticket.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.globaldesk.culture.ReplyTemplate;
import io.globaldesk.culture.TemplateRenderer;
import io.globaldesk.directory.Agent;
import io.globaldesk.directory.Agents;
import io.globaldesk.notification.EmailMessage;
import io.globaldesk.notification.Notifications;
import io.globaldesk.ticket.Channel;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.internal.Requesters.Requester;
import org.springframework.stereotype.Component;

/**
 * The mails a new ticket sends: the requester's acknowledgement with the first-response due time and, when routing
 * gave the ticket to an agent on the spot, the agent's assignment notice. They are queued in the outbox inside the
 * transaction that stores the tickets, so a ticket is never stored without its mails, and many tickets opened together
 * cost one lookup of their requesters, one of their agents and one insert.
 */
@Component
class NewTicketMail {

    private final Requesters requesters;
    private final Agents agents;
    private final Notifications notifications;
    private final TemplateRenderer templates;

    NewTicketMail(Requesters requesters, Agents agents, Notifications notifications, TemplateRenderer templates) {
        this.requesters = requesters;
        this.agents = agents;
        this.notifications = notifications;
        this.templates = templates;
    }

    /** Queues the mails of tickets just opened, in the caller's transaction. */
    void queue(List<Ticket> opened) {
        List<Ticket> acknowledged = opened.stream()
                .filter(t -> t.requesterEmail() != null && t.channel() != Channel.PROACTIVE).toList();
        Map<UUID, Requester> addressees = acknowledged.isEmpty() ? Map.of() : requesters.of(acknowledged);
        Map<UUID, Agent> assignees = agents.findAll(opened.stream().map(Ticket::assigneeId).filter(Objects::nonNull).toList());
        List<EmailMessage> mails = new ArrayList<>(opened.size() * 2);
        for (Ticket t : acknowledged) mails.add(acknowledgement(t, addressees.get(t.id())));
        for (Ticket t : opened) {
            Agent agent = t.assigneeId() == null ? null : assignees.get(t.assigneeId());
            if (agent != null) mails.add(assignmentNotice(t, agent, t.createdAt()));
        }
        if (!mails.isEmpty()) notifications.emails(mails);
    }

    private EmailMessage acknowledgement(Ticket ticket, Requester r) {
        String due = ticket.firstResponseDueAt() == null ? "—" : DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(r.locale())
                .format(ticket.firstResponseDueAt().atZone(ZoneOffset.UTC)) + " UTC";
        String text = templates.compose(ReplyTemplate.FIRST_REPLY, r.profile(), r.locale(), Map.of(
                "customerName", r.name(), "agentName", "GlobalDesk", "ticketNumber", "#" + ticket.number(),
                "nextUpdateAt", due));
        return EmailMessage.to(ticket.requesterEmail(), TicketMail.subject(ticket, r.locale(), "mail.subject.received"), text)
                .named(r.name()).dedupedBy("ack-" + ticket.id());
    }

    /** The notice to an agent that {@code ticket} is theirs since {@code at}, in the agent's first language. */
    static EmailMessage assignmentNotice(Ticket ticket, Agent agent, Instant at) {
        Locale locale = Locale.forLanguageTag(agent.languages().isEmpty() ? "en" : agent.languages().get(0));
        String text = TicketMail.message(locale, "mail.assigned.body", Map.of("agentName", agent.name(),
                "ticketNumber", "#" + ticket.number(), "subject", ticket.subject(), "severity", ticket.severity().name(),
                "category", ticket.category()));
        return EmailMessage.to(agent.email(), TicketMail.subject(ticket, locale, "mail.subject.assigned"), text)
                .named(agent.name()).dedupedBy("assigned-" + ticket.id() + "-" + agent.id() + "-" + at);
    }
}
