package io.globaldesk.ticket;

import java.util.UUID;

/** An article was added to a ticket. */
public record ArticleAdded(UUID ticketId, UUID articleId, AuthorType authorType, boolean internal) {
}
