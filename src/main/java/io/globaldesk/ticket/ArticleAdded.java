package io.globaldesk.ticket;

import java.util.UUID;

/** An article was added to a ticket. */
public record ArticleAdded(UUID ticketId, UUID articleId, AuthorType authorType, boolean internal) {

    /** A public reply by an agent: the one kind of article the requester is mailed. */
    public boolean isPublicAgentReply() {
        return !internal && authorType == AuthorType.AGENT;
    }
}
