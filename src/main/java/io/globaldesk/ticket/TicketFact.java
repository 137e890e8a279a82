package io.globaldesk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What reporting needs of a ticket, read-only: its text (subject and first customer message), where and by whom it was
 * handled, and its satisfaction rating if the customer gave one.
 */
public record TicketFact(UUID id, long number, UUID organizationId, String subject, String firstMessage, String language,
                         String category, TicketStatus status, boolean imported, UUID assigneeId, String assigneeName,
                         String supportCenter, List<String> tags, Instant createdAt, Instant solvedAt,
                         Integer satisfactionScore, String satisfactionComment, Instant ratedAt) {
}
