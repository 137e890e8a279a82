package io.globaldesk.ticket.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;

import io.globaldesk.culture.ReplyTemplate;
import io.globaldesk.culture.TemplateRenderer;
import io.globaldesk.directory.Agents;
import io.globaldesk.directory.Contacts;
import io.globaldesk.notification.EmailMessage;
import io.globaldesk.notification.InboundEmail;
import io.globaldesk.notification.InboundEmailReceived;
import io.globaldesk.notification.Notifications;
import io.globaldesk.platform.i18n.MessageFormats;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.Role;
import io.globaldesk.routing.TicketAssigned;
import io.globaldesk.ticket.ArticleAdded;
import io.globaldesk.ticket.AuthorType;
import io.globaldesk.ticket.Channel;
import io.globaldesk.ticket.NewTicket;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketArticle;
import io.globaldesk.ticket.TicketIntake;
import io.globaldesk.ticket.TicketSolved;
import io.globaldesk.ticket.Tickets;
import io.globaldesk.ticket.internal.Requesters.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The e-mail channel of tickets. Mail in: a reply lands on its ticket (found by the Message-IDs it answers, or the
 * ticket number in its subject); any other mail opens a ticket for the sender's organization. Mail out, through the
 * outbox, in the recipient's language and culture profile: every public agent reply (threaded with Message-ID and
 * In-Reply-To, so the customer's answer comes back to the same ticket), the solve notice, and the notice to an agent
 * given a ticket after its creation. A new ticket's own mails are queued as it is stored ({@link NewTicketMail}).
 */
@Component
class TicketMail {

    private static final Logger log = LoggerFactory.getLogger(TicketMail.class);
    private static final Actor MAILROOM = new Actor(null, "e-mail", Role.ADMIN, null, null, null);
    private static final java.util.regex.Pattern NUMBER_IN_SUBJECT = java.util.regex.Pattern.compile("\\[#(\\d{1,12})]");

    private final Tickets tickets;
    private final TicketIntake intake;
    private final TicketRepository repository;
    private final Requesters requesters;
    private final Contacts contacts;
    private final Agents agents;
    private final Notifications notifications;
    private final TemplateRenderer templates;
    private final String domain;

    TicketMail(Tickets tickets, TicketIntake intake, TicketRepository repository, Requesters requesters,
               Contacts contacts, Agents agents, Notifications notifications, TemplateRenderer templates,
               @Value("${globaldesk.mail.domain:globaldesk.local}") String domain) {
        this.tickets = tickets;
        this.intake = intake;
        this.repository = repository;
        this.requesters = requesters;
        this.contacts = contacts;
        this.agents = agents;
        this.notifications = notifications;
        this.templates = templates;
        this.domain = domain;
    }

    @ApplicationModuleListener
    void received(InboundEmailReceived event) {
        InboundEmail mail = event.email();
        if (mail.autoSubmitted()) {
            log.info("Ignored an automatic e-mail (auto-reply or bounce) from {}", mail.fromAddress());
            return;
        }
        if (mail.messageId() != null && repository.articleWithMessageIdExists(mail.messageId())) return;
        List<String> thread = new ArrayList<>(mail.references());
        if (mail.inReplyTo() != null) thread.add(mail.inReplyTo());
        Optional<Ticket> existing = repository.ticketOfMessage(thread).flatMap(repository::find)
                .or(() -> byNumberInSubject(mail.subject()).filter(t -> sameRequester(t, mail.fromAddress())));
        String body = mail.text() == null || mail.text().isBlank() ? "(empty message)" : mail.text();
        if (existing.isPresent()) {
            tickets.addArticle(existing.get(), AuthorType.CUSTOMER, null, sender(mail), body, false, mail.messageId(), mail.inReplyTo());
        } else {
            UUID organization = contacts.findByEmail(mail.fromAddress()).map(c -> c.organizationId()).orElse(null);
            String subject = mail.subject() == null || mail.subject().isBlank() ? "(no subject)" : mail.subject();
            intake.open(MAILROOM, new NewTicket(organization, sender(mail), mail.fromAddress(), truncate(subject, 300), body,
                    Channel.EMAIL, null, null, null, null, List.of(), AuthorType.CUSTOMER, mail.messageId()));
        }
    }

    // Only agents' public replies are mailed; the condition keeps every other article from costing a stored
    // event publication and a transaction of its own.
    @ApplicationModuleListener(condition = "#event.isPublicAgentReply()")
    void articleAdded(ArticleAdded event) {
        if (!event.isPublicAgentReply()) return;
        repository.find(event.ticketId()).filter(t -> t.requesterEmail() != null).ifPresent(ticket -> {
            List<TicketArticle> articles = repository.articles(ticket.id());
            TicketArticle article = articles.stream().filter(a -> a.id().equals(event.articleId())).findFirst().orElse(null);
            if (article == null) return;
            String messageId = "<ticket-" + ticket.number() + "." + article.id() + "@" + domain + ">";
            repository.setMessageId(article.id(), messageId);
            List<String> thread = articles.stream().map(TicketArticle::messageId).filter(id -> id != null && !id.equals(messageId)).toList();
            String parent = articles.stream().filter(a -> a.authorType() == AuthorType.CUSTOMER && a.messageId() != null)
                    .reduce((first, second) -> second).map(TicketArticle::messageId).orElse(null);
            Requester r = requesters.of(ticket);
            String text = templates.render(ReplyTemplate.GREETING, r.profile(), r.locale(), Map.of("customerName", r.name()))
                    + "\n\n" + article.body() + "\n\n"
                    + templates.render(ReplyTemplate.CLOSING, r.profile(), r.locale(), Map.of("agentName", article.authorName()));
            send(ticket, r, subject(ticket, r.locale(), "mail.subject.reply"), text, "reply-" + article.id(),
                    new Thread(messageId, parent, thread));
        });
    }

    @ApplicationModuleListener
    void solved(TicketSolved event) {
        repository.find(event.ticketId()).filter(t -> t.requesterEmail() != null).ifPresent(ticket -> {
            Requester r = requesters.of(ticket);
            String text = templates.render(ReplyTemplate.GREETING, r.profile(), r.locale(), Map.of("customerName", r.name()))
                    + "\n\n" + message(r.locale(), "mail.solved.body", Map.of("ticketNumber", "#" + ticket.number(),
                    "subject", ticket.subject())) + "\n\n"
                    + templates.render(ReplyTemplate.CLOSING, r.profile(), r.locale(), Map.of("agentName",
                    ticket.assigneeName() == null ? "GlobalDesk" : ticket.assigneeName()));
            send(ticket, r, subject(ticket, r.locale(), "mail.subject.solved"), text, "solved-" + ticket.id() + "-" + ticket.solvedAt(), null);
        });
    }

    /** A ticket assigned after its creation (from the queue, on re-open, on re-routing). */
    @ApplicationModuleListener
    void assigned(TicketAssigned event) {
        repository.find(UUID.fromString(event.ticketId())).ifPresent(ticket -> tellAgent(ticket, event));
    }

    private void tellAgent(Ticket ticket, TicketAssigned event) {
        agents.find(UUID.fromString(event.agentId()))
                .ifPresent(agent -> notifications.email(NewTicketMail.assignmentNotice(ticket, agent, event.at())));
    }

    private record Thread(String messageId, String inReplyTo, List<String> references) {
    }

    private void send(Ticket ticket, Requester r, String subject, String text, String dedupe, Thread thread) {
        EmailMessage message = EmailMessage.to(ticket.requesterEmail(), subject, text).named(r.name()).dedupedBy(dedupe);
        if (thread != null) message = message.withMessageId(thread.messageId()).replyingTo(thread.inReplyTo(), thread.references());
        notifications.email(message);
    }

    static String subject(Ticket ticket, Locale locale, String key) {
        return "[#" + ticket.number() + "] " + message(locale, key, Map.of("subject", ticket.subject()));
    }

    static String message(Locale locale, String key, Map<String, Object> args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/ticketmail", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return MessageFormats.icu(bundle.getString(key), locale).format(args);
    }

    private Optional<Ticket> byNumberInSubject(String subject) {
        if (subject == null) return Optional.empty();
        java.util.regex.Matcher m = NUMBER_IN_SUBJECT.matcher(subject);
        return m.find() ? repository.findByNumber(Long.parseLong(m.group(1))) : Optional.empty();
    }

    private static boolean sameRequester(Ticket ticket, String from) {
        return ticket.requesterEmail() != null && ticket.requesterEmail().equalsIgnoreCase(from);
    }

    private static String sender(InboundEmail mail) {
        return mail.fromName() == null || mail.fromName().isBlank() ? mail.fromAddress() : mail.fromName();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
