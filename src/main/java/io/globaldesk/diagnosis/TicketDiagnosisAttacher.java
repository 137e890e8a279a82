package io.globaldesk.diagnosis;

import io.globaldesk.ticket.AuthorType;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketCreated;
import io.globaldesk.ticket.Tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When a new ticket names a session, attaches the diagnosis of every participant (worst first) as an internal note,
 * in the ticket's language. A ticket whose session has no samples yet is retried every 20 s until they arrive or
 * {@code globaldesk.diagnosis.ticket-retry} has passed (pending retries live in memory only).
 */
@Component
class TicketDiagnosisAttacher {

    private static final Logger log = LoggerFactory.getLogger(TicketDiagnosisAttacher.class);

    private record Pending(String sessionId, Instant giveUpAt) {}

    private final SessionDiagnoses diagnoses;
    private final Tickets tickets;
    private final DiagnosisSummaries summaries;
    private final MessageSource messages;
    private final DiagnosisProperties properties;
    private final Clock clock;
    private final Map<java.util.UUID, Pending> pending = new ConcurrentHashMap<>();

    TicketDiagnosisAttacher(SessionDiagnoses diagnoses, Tickets tickets, DiagnosisSummaries summaries,
                            MessageSource messages, DiagnosisProperties properties, Clock clock) {
        this.diagnoses = diagnoses;
        this.tickets = tickets;
        this.summaries = summaries;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    // The condition is checked before the event publication is stored: a ticket without a session costs no
    // publication row, no completion update and no transaction of its own.
    @ApplicationModuleListener(condition = "#event.namesSession()")
    void on(TicketCreated event) {
        if (!event.namesSession()) return;
        if (!attach(event.ticketId(), event.sessionId())) {
            pending.put(event.ticketId(), new Pending(event.sessionId(), clock.instant().plus(properties.ticketRetry())));
        }
    }

    @Scheduled(fixedDelayString = "${globaldesk.diagnosis.ticket-retry-interval:20s}")
    void retryPending() {
        Instant now = clock.instant();
        pending.forEach((ticketId, p) -> {
            try {
                if (attach(ticketId, p.sessionId()) || now.isAfter(p.giveUpAt())) pending.remove(ticketId);
            } catch (RuntimeException e) {
                log.warn("attaching the diagnosis of session {} to ticket {} failed", p.sessionId(), ticketId, e);
            }
        });
    }

    /** True when done (attached, or the ticket is gone); false when the session has no samples yet. */
    boolean attach(java.util.UUID ticketId, String sessionId) {
        Ticket ticket = tickets.find(ticketId).orElse(null);
        if (ticket == null) return true;
        List<Diagnosis> verdicts = diagnoses.diagnoseAll(sessionId);
        if (verdicts.isEmpty()) return false;
        tickets.addArticle(ticket, AuthorType.SYSTEM, null, "GlobalDesk", body(sessionId, verdicts, locale(ticket)),
                true, null, null);
        return true;
    }

    private static Locale locale(Ticket ticket) {
        return ticket.language() == null || ticket.language().isBlank() ? Locale.ENGLISH
                : Locale.forLanguageTag(ticket.language());
    }

    String body(String sessionId, List<Diagnosis> verdicts, Locale locale) {
        StringBuilder b = new StringBuilder(messages.getMessage("telemetry.ticket.header", new Object[] {sessionId}, locale));
        for (Diagnosis d : verdicts) {
            b.append("\n\n").append(messages.getMessage("telemetry.ticket.verdict", new Object[] {d.userId(),
                    messages.getMessage("diagnosis.segment." + d.segment(), null, locale),
                    Math.round(d.confidence() * 100)}, locale));
            b.append('\n').append(summaries.summary(d, locale));
            for (Evidence e : d.evidence()) {
                b.append("\n- ").append(messages.getMessage("telemetry.ticket.evidence", new Object[] {e.metric(),
                        e.value(), e.baseline(), messages.getMessage("telemetry.scope." + e.scope(), null, locale)},
                        locale));
            }
        }
        return b.toString();
    }
}
