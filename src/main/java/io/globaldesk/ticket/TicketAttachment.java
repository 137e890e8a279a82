package io.globaldesk.ticket;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a ticket; internal ones are for staff only. The content is read separately. */
public record TicketAttachment(UUID id, UUID ticketId, String fileName, String contentType, long size, boolean internal,
                               String uploadedBy, Instant createdAt) {
}
