package io.globaldesk.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What one decision computes once rather than per agent: which centers work now, the skills the category needs, and the
 * shared exclusion reasons, so the loop over agents stays O(agents) and allocates little.
 */
final class RoutingContext {

    final RoutingRequest request;
    final Instant at;
    final RoutingSnapshot snapshot;
    final Set<String> requiredSkills;
    /** Per center index: why its agents are off shift now, or null when it works. */
    final Reason[] centerExclusion;
    /** Per center index: it serves the customer's region and works now. */
    final boolean[] regionalAndOpen;
    final Reason missingSkill;
    final Reason agentAway = Reason.of(ReasonCode.EXCLUDED_AGENT_AWAY);

    RoutingContext(RoutingRequest request, RoutingSnapshot snapshot, Instant at, CategorySkills categorySkills) {
        this.request = request;
        this.at = at;
        this.snapshot = snapshot;
        this.requiredSkills = categorySkills.skillsFor(request.category());
        this.missingSkill = Reason.of(ReasonCode.EXCLUDED_MISSING_SKILL, String.join("|", requiredSkills.stream().sorted().toList()),
                request.category());
        int centers = snapshot.centerCount();
        this.centerExclusion = new Reason[centers];
        this.regionalAndOpen = new boolean[centers];
        for (int c = 0; c < centers; c++) {
            CenterState center = snapshot.centerAt(c);
            boolean open = center.calendar().isOpen(at);
            if (!open) {
                LocalDate localDate = LocalDate.ofInstant(at, center.calendar().zone());
                centerExclusion[c] = center.calendar().isHoliday(localDate)
                        ? Reason.of(ReasonCode.EXCLUDED_CENTER_HOLIDAY, center.code(), localDate)
                        : Reason.of(ReasonCode.EXCLUDED_CENTER_CLOSED, center.code());
            }
            regionalAndOpen[c] = open && center.region().equalsIgnoreCase(String.valueOf(request.customerRegion()));
        }
    }
}
