package io.globaldesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.globaldesk.directory.Tier;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.sla.Severity;
import io.globaldesk.sla.SlaAttainmentReport;
import io.globaldesk.sla.SlaMeasure;
import io.globaldesk.sla.SlaOutcome;
import io.globaldesk.ticket.internal.TicketRepository;
import org.springframework.stereotype.Service;

/**
 * SLA attainment of the tickets opened in a period, by center, severity and tier. A measure counts once it is decided:
 * met or missed when it was recorded, missed when its due time passed with nothing recorded; still running, it does not.
 */
@Service
public class SlaReports {

    private final TicketRepository tickets;
    private final Clock clock;

    SlaReports(TicketRepository tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    public SlaAttainmentReport attainment(Instant from, Instant to) {
        if (!from.isBefore(to)) throw new InvalidInputException("from", "must be before to");
        Instant now = clock.instant();
        List<SlaOutcome> outcomes = new ArrayList<>();
        for (TicketRepository.SlaFacts f : tickets.slaFacts(from, to)) {
            Severity severity = Severity.valueOf(f.severity());
            Tier tier = f.tier() == null ? Tier.STANDARD : Tier.valueOf(f.tier());
            outcome(f.center(), severity, tier, SlaMeasure.FIRST_RESPONSE, f.firstRespondedAt(), f.firstResponseDueAt(), now, outcomes);
            outcome(f.center(), severity, tier, SlaMeasure.RESOLUTION, f.resolvedAt(), f.resolutionDueAt(), now, outcomes);
        }
        return SlaAttainmentReport.of(outcomes);
    }

    private static void outcome(String center, Severity severity, Tier tier, SlaMeasure measure, Instant done, Instant due,
                                Instant now, List<SlaOutcome> into) {
        if (due == null) return;
        if (done != null) into.add(new SlaOutcome(center, severity, tier, measure, !done.isAfter(due)));
        else if (due.isBefore(now)) into.add(new SlaOutcome(center, severity, tier, measure, false));
    }
}
