package io.globaldesk.ticket;

import java.time.Instant;
import java.util.UUID;

/** One message on a ticket: a public reply or an internal note. */
public record TicketArticle(UUID id, UUID ticketId, AuthorType authorType, UUID authorId, String authorName, String body,
                            boolean internal, String messageId, Instant createdAt) {
}
