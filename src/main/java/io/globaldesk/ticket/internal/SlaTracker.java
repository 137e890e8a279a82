package io.globaldesk.ticket.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.culture.Region;
import io.globaldesk.directory.BusinessCalendar;
import io.globaldesk.directory.Tier;
import io.globaldesk.routing.CenterState;
import io.globaldesk.sla.Severity;
import io.globaldesk.sla.SlaClock;
import io.globaldesk.sla.SlaMeasure;
import io.globaldesk.sla.SlaPolicies;
import io.globaldesk.sla.SlaPolicy;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketStatus;
import org.springframework.stereotype.Component;

/**
 * Keeps each ticket's SLA clock: the policy for its severity and the customer's tier, measured in the calendar of the
 * customer's regional center (business-hours policies) or around the clock. The clock is rebuilt from what is stored
 * (start, pauses, first response, resolution), so due times survive restarts and edits.
 */
@Component
public class SlaTracker {

    private final SlaPolicies policies = SlaPolicies.defaults();
    private final TicketRepository tickets;
    private final RoutingDesk desk;

    SlaTracker(TicketRepository tickets, RoutingDesk desk) {
        this.tickets = tickets;
        this.desk = desk;
    }

    /** The clocks of a ticket opened at {@code at}: nothing paused or answered yet, so no stored state is needed. */
    public TicketRepository.SlaStart initial(Severity severity, Tier tier, Region customerRegion, Instant at) {
        SlaClock clock = new SlaClock("new", policies.policyFor(severity, tier), calendarFor(customerRegion), at);
        return new TicketRepository.SlaStart(at, tier.name(), clock.dueAt(SlaMeasure.FIRST_RESPONSE).orElse(null),
                clock.dueAt(SlaMeasure.RESOLUTION).orElse(null), clock.nextEscalationCheck().orElse(null));
    }

    /** Recomputes and stores the due times after anything that moves them (pause, resume, severity, response). */
    public Optional<SlaClock> store(UUID ticketId, Tier tier, Region customerRegion) {
        Optional<SlaClock> clock = clockOf(ticketId, tier, customerRegion);
        clock.ifPresent(c -> tickets.sla(ticketId, c.startedAt(), tier.name(), c.dueAt(SlaMeasure.FIRST_RESPONSE).orElse(null),
                c.dueAt(SlaMeasure.RESOLUTION).orElse(null), c.isPaused() ? pausedSince(ticketId) : null,
                c.nextEscalationCheck().orElse(null)));
        return clock;
    }

    public Optional<SlaClock> clockOf(UUID ticketId, Tier tier, Region customerRegion) {
        Optional<TicketRepository.SlaRow> row = tickets.slaRow(ticketId);
        Optional<Ticket> ticket = tickets.find(ticketId);
        if (row.isEmpty() || ticket.isEmpty()) return Optional.empty();
        Ticket t = ticket.get();
        SlaPolicy policy = policies.policyFor(t.severity(), tier);
        SlaClock clock = new SlaClock(ticketId.toString(), policy, calendarFor(customerRegion), row.get().startedAt());
        for (TicketRepository.Pause pause : tickets.pauses(ticketId)) {
            clock.pause(pause.pausedAt());
            if (pause.resumedAt() != null) clock.resume(pause.resumedAt());
        }
        if (t.firstRespondedAt() != null && !clock.isPaused()) clock.recordFirstResponse(t.firstRespondedAt());
        if (t.solvedAt() != null && (t.status() == TicketStatus.SOLVED || t.status() == TicketStatus.CLOSED) && !clock.isPaused()) {
            clock.recordResolution(t.solvedAt());
        }
        return Optional.of(clock);
    }

    private Instant pausedSince(UUID ticketId) {
        return tickets.pauses(ticketId).stream().filter(p -> p.resumedAt() == null).map(TicketRepository.Pause::pausedAt)
                .findFirst().orElse(null);
    }

    private BusinessCalendar calendarFor(Region region) {
        return desk.current().centers().stream().filter(c -> c.region().equals(region.name())).findFirst()
                .map(CenterState::calendar).orElse(BusinessCalendar.twentyFourSeven());
    }
}
