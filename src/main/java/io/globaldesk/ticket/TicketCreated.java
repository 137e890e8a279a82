package io.globaldesk.ticket;

import java.util.UUID;

/** A ticket was opened (not imported history). */
public record TicketCreated(UUID ticketId, UUID organizationId, String sessionId) {
}
