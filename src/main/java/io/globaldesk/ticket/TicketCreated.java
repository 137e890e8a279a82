package io.globaldesk.ticket;

import java.util.UUID;

/** A ticket was opened (not imported history). */
public record TicketCreated(UUID ticketId, UUID organizationId, String sessionId) {

    /** Whether the ticket names a call session (whose diagnosis then belongs on it). */
    public boolean namesSession() {
        return sessionId != null && !sessionId.isBlank();
    }
}
