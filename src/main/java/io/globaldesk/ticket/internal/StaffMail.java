package io.globaldesk.ticket.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.directory.Agent;
import io.globaldesk.directory.Agents;
import io.globaldesk.directory.UserAccount;
import io.globaldesk.directory.UserAccounts;
import io.globaldesk.notification.EmailMessage;
import io.globaldesk.notification.Notifications;
import io.globaldesk.platform.security.Role;
import io.globaldesk.routing.TicketHandedOver;
import io.globaldesk.sla.SlaBreached;
import io.globaldesk.ticket.AuthorType;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketArticle;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mail to staff about tickets changing hands behind their backs, each in the recipient's language, through the
 * outbox: on a follow-the-sun hand-over both agents are told (the one whose shift ended, and the one who takes over,
 * with the hand-over note); on an SLA breach the support leads of the ticket's center are told, or every lead when
 * that center has none of its own.
 */
@Component
class StaffMail {

    private final TicketRepository repository;
    private final Agents agents;
    private final UserAccounts users;
    private final Notifications notifications;

    StaffMail(TicketRepository repository, Agents agents, UserAccounts users, Notifications notifications) {
        this.repository = repository;
        this.agents = agents;
        this.users = users;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void handedOver(TicketHandedOver event) {
        Ticket ticket = repository.find(UUID.fromString(event.ticketId())).orElse(null);
        if (ticket == null) return;
        Optional<Agent> from = agent(event.fromAgentId());
        Optional<Agent> to = agent(event.toAgentId());
        String dedupe = "handover-" + ticket.id() + "-" + event.at() + "-";
        from.ifPresent(agent -> {
            Locale locale = localeOf(agent);
            String successor = to.map(Agent::name).orElseGet(() -> TicketMail.message(locale, "mail.handover.queue",
                    Map.of("center", String.valueOf(ticket.supportCenter()))));
            send(agent.email(), agent.name(), ticket, locale, "mail.handover.outgoing.body", Map.of("agentName", agent.name(),
                    "ticketNumber", "#" + ticket.number(), "subject", ticket.subject(), "successor", successor),
                    dedupe + "from-" + agent.id());
        });
        to.ifPresent(agent -> {
            Locale locale = localeOf(agent);
            send(agent.email(), agent.name(), ticket, locale, "mail.handover.incoming.body", Map.of("agentName", agent.name(),
                    "ticketNumber", "#" + ticket.number(), "subject", ticket.subject(), "severity", ticket.severity().name(),
                    "predecessor", from.map(Agent::name).orElse("—"), "note", handoverNote(ticket)),
                    dedupe + "to-" + agent.id());
        });
    }

    @ApplicationModuleListener
    void breached(SlaBreached event) {
        Ticket ticket = repository.find(event.ticketId()).orElse(null);
        if (ticket == null) return;
        for (UserAccount lead : leadsOf(event.supportCenter())) {
            Locale locale = Locale.forLanguageTag(lead.locale() == null || lead.locale().isBlank() ? "en" : lead.locale());
            String at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                    .format(event.at().atZone(ZoneOffset.UTC)) + " UTC";
            String owner = ticket.assigneeName() != null ? ticket.assigneeName()
                    : TicketMail.message(locale, "mail.handover.queue", Map.of("center", String.valueOf(ticket.supportCenter())));
            send(lead.email(), lead.displayName(), ticket, locale, "mail.slaBreached.body", Map.of("leadName", lead.displayName(),
                    "ticketNumber", "#" + ticket.number(), "subject", ticket.subject(),
                    "measure", TicketMail.message(locale, "mail.measure." + event.measure().name(), Map.of()),
                    "at", at, "severity", event.severity().name(), "owner", owner),
                    "sla-breach-" + ticket.id() + "-" + event.measure() + "-" + lead.id());
        }
    }

    /** The enabled leads whose own agent profile sits in {@code center}; every enabled lead when there is none. */
    List<UserAccount> leadsOf(String center) {
        List<UserAccount> leads = users.all().stream().filter(u -> u.role() == Role.SUPPORT_LEAD && u.enabled()).toList();
        List<UserAccount> ofCenter = leads.stream().filter(u -> u.agentId() != null && agents.find(u.agentId())
                .map(a -> a.supportCenter().equals(center)).orElse(false)).toList();
        return ofCenter.isEmpty() ? leads : ofCenter;
    }

    private void send(String to, String name, Ticket ticket, Locale locale, String bodyKey, Map<String, Object> args,
                      String dedupe) {
        String subjectKey = bodyKey.startsWith("mail.slaBreached") ? "mail.subject.slaBreached" : "mail.subject.handover";
        String subject = "[#" + ticket.number() + "] " + TicketMail.message(locale, subjectKey, Map.of("subject", ticket.subject()));
        notifications.email(EmailMessage.to(to, subject, TicketMail.message(locale, bodyKey, args)).named(name).dedupedBy(dedupe));
    }

    /** The newest internal note the system wrote: the hand-over note stored with the move. */
    private String handoverNote(Ticket ticket) {
        return repository.articles(ticket.id()).reversed().stream()
                .filter(a -> a.internal() && a.authorType() == AuthorType.SYSTEM).findFirst()
                .map(TicketArticle::body).orElse("—");
    }

    private Optional<Agent> agent(String id) {
        return id == null ? Optional.empty() : agents.find(UUID.fromString(id));
    }

    private static Locale localeOf(Agent agent) {
        return Locale.forLanguageTag(agent.languages().isEmpty() ? "en" : agent.languages().getFirst());
    }
}
