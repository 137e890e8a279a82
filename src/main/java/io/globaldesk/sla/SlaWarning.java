package io.globaldesk.sla;

import java.time.Instant;
import java.util.UUID;

/** A ticket's SLA clock passed 80 % of its target for {@code measure}; published once per ticket and measure. */
public record SlaWarning(UUID ticketId, SlaMeasure measure, Instant at) {
}
