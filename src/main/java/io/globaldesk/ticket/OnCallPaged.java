package io.globaldesk.ticket;

import java.util.UUID;

/** An S1 found nobody eligible, so the center's on-call engineer was paged. */
public record OnCallPaged(UUID ticketId, UUID agentId, String supportCenter) {
}
