package io.globaldesk.sla;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket missed its SLA target for {@code measure}; published once per ticket and measure. The lead of
 * {@code supportCenter} is to be told; the ticket was raised to {@code severity} and routed again.
 */
public record SlaBreached(UUID ticketId, SlaMeasure measure, String supportCenter, Severity severity, Instant at) {
}
