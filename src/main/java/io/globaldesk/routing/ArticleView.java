package io.globaldesk.routing;

import java.time.Instant;
import java.util.Objects;

/** One Article of a ticket as the hand-over note reads it. An internal agent note starting "Next:" states the planned next step. */
public record ArticleView(Author author, boolean internal, String body, Instant at) {

    public enum Author { CUSTOMER, AGENT, SYSTEM, ASSISTANT }

    public ArticleView {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        body = body == null ? "" : body;
    }
}
