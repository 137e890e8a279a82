package io.globaldesk.ticket;

import io.globaldesk.routing.TicketAssigned;
import java.util.UUID;

/**
 * A ticket was opened (not imported history). When routing gave it to an agent on the spot, {@code assignment} says to
 * whom; later assignments are published as {@link TicketAssigned} of their own. The requester's acknowledgement and
 * the agent's notice are queued with the ticket itself, so no listener is needed for them.
 */
public record TicketCreated(UUID ticketId, UUID organizationId, String sessionId, TicketAssigned assignment) {

    /** Whether the ticket names a call session (whose diagnosis then belongs on it). */
    public boolean namesSession() {
        return sessionId != null && !sessionId.isBlank();
    }
}
