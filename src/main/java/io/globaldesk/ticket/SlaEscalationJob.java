package io.globaldesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.sla.Escalation;
import io.globaldesk.sla.Severity;
import io.globaldesk.sla.SlaBreached;
import io.globaldesk.sla.SlaClock;
import io.globaldesk.sla.SlaWarning;
import io.globaldesk.ticket.internal.RoutingDesk;
import io.globaldesk.ticket.internal.SlaTracker;
import io.globaldesk.ticket.internal.TicketRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the SLA clocks of active tickets: at 80 % of a target a warning is recorded ({@link SlaWarning}); at the
 * target the breach escalates ({@link SlaBreached} for the center's lead, severity one step up, routed again). Each is
 * recorded once per ticket and measure, however often the job runs; the ticket's {@code sla_warned}/{@code sla_breached}
 * flags show it in lists.
 */
@Service
public class SlaEscalationJob {

    static final String ACTOR = "sla";
    private static final int MAX_BATCH = 5_000;

    private final TicketRepository tickets;
    private final Organizations organizations;
    private final SlaTracker sla;
    private final RoutingDesk desk;
    private final TicketIntake intake;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    SlaEscalationJob(TicketRepository tickets, Organizations organizations, SlaTracker sla, RoutingDesk desk,
                     TicketIntake intake, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.tickets = tickets;
        this.organizations = organizations;
        this.sla = sla;
        this.desk = desk;
        this.intake = intake;
        this.events = events;
        this.transactions = transactions;
    }

    /** Checks every running clock at {@code clock.instant()}; returns the escalations acted on now. */
    public synchronized List<Escalation> run(Clock clock) {
        Instant now = clock.instant();
        Map<UUID, Optional<Organization>> orgs = new HashMap<>();
        List<Escalation> acted = new ArrayList<>();
        for (Ticket t : tickets.slaCheckDue(now, MAX_BATCH)) {
            if (t.organizationId() == null) continue;
            Organization org = orgs.computeIfAbsent(t.organizationId(), organizations::find).orElse(null);
            if (org == null) continue;
            Optional<SlaClock> slaClock = sla.clockOf(t.id(), org.tier(), org.region());
            if (slaClock.isEmpty()) continue;
            boolean breached = false;
            for (Escalation e : slaClock.get().escalations(now)) {
                Boolean recorded = transactions.execute(s -> act(t.id(), org, e, now));
                if (Boolean.TRUE.equals(recorded)) acted.add(e);
                breached |= Boolean.TRUE.equals(recorded) && e.level() == Escalation.Level.BREACH;
            }
            // a breach raised the severity and stored the new clock's next check; otherwise the next point of this one
            if (!breached) tickets.slaNextCheck(t.id(), slaClock.get().nextEscalationCheck().orElse(null));
        }
        return acted;
    }

    private boolean act(UUID id, Organization org, Escalation e, Instant now) {
        if (!tickets.recordEscalation(id, e.measure().name(), e.level().name(), now)) return false;
        Ticket t = tickets.find(id).orElseThrow();
        boolean breach = e.level() == Escalation.Level.BREACH;
        tickets.markEscalated(id, breach);
        tickets.history(id, now, ACTOR, breach ? "sla-breached" : "sla-warning", null, e.measure().name());
        if (!breach) {
            events.publishEvent(new SlaWarning(id, e.measure(), now));
            return true;
        }
        Severity raised = t.severity().raised();
        if (raised != t.severity()) {
            tickets.setSeverity(id, raised, now);
            tickets.history(id, now, ACTOR, "severity", t.severity(), raised);
        }
        if (t.assigneeId() != null) desk.release(t.assigneeId());
        intake.route(id, org, raised, t.category(), t.language(), ACTOR, now);
        sla.store(id, org.tier(), org.region());
        events.publishEvent(new SlaBreached(id, e.measure(), t.supportCenter(), raised, now));
        return true;
    }
}
