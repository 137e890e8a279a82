package io.globaldesk.alerting.live;

import io.globaldesk.alerting.Incident;
import io.globaldesk.alerting.ScopeKind;
import io.globaldesk.culture.CultureProfileCode;
import io.globaldesk.culture.ReplyTemplate;
import io.globaldesk.culture.TemplateRenderer;
import io.globaldesk.directory.Contact;
import io.globaldesk.directory.Contacts;
import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.notification.EmailMessage;
import io.globaldesk.notification.Notifications;
import io.globaldesk.notification.WebhookMessage;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.Role;
import io.globaldesk.sla.Severity;
import io.globaldesk.ticket.AuthorType;
import io.globaldesk.ticket.Channel;
import io.globaldesk.ticket.NewTicket;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketIntake;
import io.globaldesk.ticket.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Tells each affected organization about an incident before it writes: an e-mail to its contact address and active
 * contacts and a signed webhook, in its locale and culture profile, through the outbox, and a proactive ticket routed like
 * any other; then the same channels again when the incident resolves. Every message carries a dedupe key per incident ×
 * organization × kind (× recipient) and the {@value #TOPIC} rate limit, so one incident never spams one customer, and a
 * replay after a restart sends nothing twice. Each organization is handled in its own transaction: one that fails
 * (a bad address) does not keep the others from being told.
 */
@Component
public class ProactiveOutreach {

    static final String TOPIC = "incident-outreach";
    private static final Logger log = LoggerFactory.getLogger(ProactiveOutreach.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Actor SYSTEM = new Actor(null, "GlobalDesk alerting", Role.ADMIN, null, null, Locale.ENGLISH);

    private final IncidentRepository incidents;
    private final Organizations organizations;
    private final Contacts contacts;
    private final OrganizationWebhooks webhooks;
    private final Notifications notifications;
    private final TicketIntake tickets;
    private final Tickets ticketThreads;
    private final TemplateRenderer templates;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final Clock clock;

    ProactiveOutreach(IncidentRepository incidents, Organizations organizations, Contacts contacts, OrganizationWebhooks webhooks,
                      Notifications notifications, TicketIntake tickets, Tickets ticketThreads, TemplateRenderer templates, MessageSource messages,
                      PlatformTransactionManager transactions, Clock clock) {
        this.incidents = incidents;
        this.organizations = organizations;
        this.contacts = contacts;
        this.webhooks = webhooks;
        this.notifications = notifications;
        this.tickets = tickets;
        this.ticketThreads = ticketThreads;
        this.templates = templates;
        this.messages = messages;
        this.tx = LiveDetection.ownTransactions(transactions);
        this.clock = clock;
    }

    /** Sends the opening notice and opens the proactive ticket, once per incident and organization. */
    public void notifyOpened(Incident incident, UUID organizationId) {
        run(incident, organizationId, () -> {
            var affected = incidents.affected(incident.id(), organizationId).orElse(null);
            if (affected == null || affected.notifiedAt() != null) return;
            Organization org = organizations.find(organizationId).filter(Organization::active).orElse(null);
            if (org == null) return;
            Locale locale = Locale.forLanguageTag(org.locale());
            String where = describe(incident, locale);
            String text = templates.compose(ReplyTemplate.INCIDENT_NOTICE, profile(org), locale, Map.of(
                    "customerName", org.name(), "agentName", agentName(locale), "region", where,
                    "startedAt", incident.startedAt(), "affectedSessions", affected.affectedUsers()));
            String subject = messages.getMessage("alerting.notice.subject", new Object[] {where}, locale);
            send(incident, org, "opened", subject, text, affected.affectedUsers());
            Ticket ticket = tickets.open(SYSTEM, new NewTicket(org.id(), org.name(), org.contactEmail(),
                    messages.getMessage("alerting.ticket.subject", new Object[] {where}, locale), text, Channel.PROACTIVE,
                    Severity.S2, null, null, incident.scope().appId(), List.of("incident", "incident-" + incident.id()),
                    AuthorType.SYSTEM, null));
            incidents.markNotified(incident.id(), org.id(), clock.instant(), ticket.id());
        });
    }

    /** Sends the resolution notice to an organization that was told about the incident. */
    public void notifyResolved(Incident incident, UUID organizationId) {
        run(incident, organizationId, () -> {
            var affected = incidents.affected(incident.id(), organizationId).orElse(null);
            if (affected == null || affected.notifiedAt() == null || affected.resolvedNotifiedAt() != null) return;
            Organization org = organizations.find(organizationId).orElse(null);
            if (org == null) return;
            Locale locale = Locale.forLanguageTag(org.locale());
            String where = describe(incident, locale);
            Instant resolvedAt = incident.resolvedAt() != null ? incident.resolvedAt() : clock.instant();
            long minutes = Math.max(1, Duration.between(incident.startedAt(), resolvedAt).toMinutes());
            String text = templates.compose(ReplyTemplate.INCIDENT_RESOLVED, profile(org), locale, Map.of(
                    "customerName", org.name(), "agentName", agentName(locale), "region", where,
                    "resolvedAt", resolvedAt, "durationMinutes", minutes));
            String subject = messages.getMessage("alerting.resolved.subject", new Object[] {where}, locale);
            send(incident, org, "resolved", subject, text, affected.affectedUsers());
            // the proactive ticket carries the update too (a system article sends no e-mail of its own); agents close it
            if (affected.ticketId() != null) {
                ticketThreads.find(affected.ticketId()).filter(t -> t.status().isActive()).ifPresent(t ->
                        ticketThreads.addArticle(t, AuthorType.SYSTEM, null, SYSTEM.name(), text, false, null, null));
            }
            incidents.markResolvedNotified(incident.id(), org.id(), clock.instant());
        });
    }

    private void run(Incident incident, UUID organizationId, Runnable work) {
        try {
            tx.executeWithoutResult(status -> work.run());
        } catch (RuntimeException e) {
            log.warn("Outreach for incident {} to organization {} failed: {}", incident.id(), organizationId, e.toString());
        }
    }

    private void send(Incident incident, Organization org, String phase, String subject, String text, long affectedUsers) {
        String key = "incident:" + incident.id() + ":org:" + org.id() + ":" + phase;
        for (String address : recipients(org)) {
            notifications.email(EmailMessage.to(address, subject, text).named(org.name())
                    .dedupedBy(key + ":email:" + address).rateLimitedPer(TOPIC));
        }
        webhooks.of(org.id()).ifPresent(hook -> notifications.webhook(WebhookMessage.to(hook.url(), hook.secret(),
                        "incident." + phase, payload(incident, org, phase, subject, text, affectedUsers))
                .dedupedBy(key + ":webhook").rateLimitedPer(TOPIC)));
    }

    private Set<String> recipients(Organization org) {
        Set<String> to = new LinkedHashSet<>();
        if (org.contactEmail() != null && !org.contactEmail().isBlank()) to.add(org.contactEmail().strip().toLowerCase(Locale.ROOT));
        for (Contact c : contacts.of(SYSTEM, org.id())) {
            if (c.active() && c.email() != null) to.add(c.email().strip().toLowerCase(Locale.ROOT));
        }
        return to;
    }

    private static String payload(Incident incident, Organization org, String phase, String subject, String text, long affectedUsers) {
        ObjectNode root = JSON.createObjectNode();
        root.put("event", "incident." + phase);
        root.put("organizationId", org.id().toString());
        ObjectNode i = root.putObject("incident");
        i.put("id", incident.id());
        i.put("kind", incident.kind().name());
        i.set("scope", IncidentViews.scopeJson(incident.scope()));
        i.put("metric", incident.metric().name());
        i.put("startedAt", incident.startedAt().toString());
        i.put("detectedAt", incident.detectedAt().toString());
        if (incident.resolvedAt() != null) i.put("resolvedAt", incident.resolvedAt().toString());
        i.put("status", phase.equals("resolved") ? "RESOLVED" : incident.status().name());
        root.put("affectedUsers", affectedUsers);
        root.put("subject", subject);
        root.put("message", text);
        return JSON.writeValueAsString(root);
    }

    private static CultureProfileCode profile(Organization org) {
        try {
            return CultureProfileCode.valueOf(org.cultureProfile());
        } catch (IllegalArgumentException | NullPointerException e) {
            return CultureProfileCode.DEFAULT;
        }
    }

    private String agentName(Locale locale) {
        return messages.getMessage("alerting.signature", null, locale);
    }

    /** Where the problem is, in words: "KDDI in ap-northeast", "edge node edge-tyo-2 (ap-northeast)", "app-7 join API". */
    String describe(Incident incident, Locale locale) {
        var s = incident.scope();
        if (incident.kind() == ScopeKind.API_ERRORS) return messages.getMessage("alerting.scope.api", new Object[] {s.appId(), s.api()}, locale);
        if (s.isp() != null) return messages.getMessage("alerting.scope.isp", new Object[] {s.region(), s.isp()}, locale);
        if (s.edgeNode() != null) return messages.getMessage("alerting.scope.edge", new Object[] {s.region(), s.edgeNode()}, locale);
        return s.region();
    }
}
