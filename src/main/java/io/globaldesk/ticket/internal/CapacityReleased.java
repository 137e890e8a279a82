package io.globaldesk.ticket.internal;

import java.util.UUID;

/** An agent gave up a ticket (solved, pending the customer, merged): queued tickets may now find room. */
public record CapacityReleased(UUID agentId) {
}
