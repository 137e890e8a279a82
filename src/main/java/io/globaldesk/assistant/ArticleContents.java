package io.globaldesk.assistant;

import java.util.Optional;

/** Where the assistant reads the text of the public articles that search found; a port, adapted to the knowledge base. */
public interface ArticleContents {

    /** The article in exactly that locale, if it is public and translated into it. */
    Optional<AssistantArticle> find(String externalId, String locale);
}
