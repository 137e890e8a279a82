package io.globaldesk.assistant;

import java.util.List;
import java.util.Optional;

/** Where the assistant reads the text of the public articles that search found; a port, adapted to the knowledge base. */
public interface ArticleContents {

    /** The article in exactly that locale, if it is public and translated into it. */
    Optional<AssistantArticle> find(String externalId, String locale);

    /**
     * Every public article in every locale, from which the assistant learns which words translate which across
     * languages (the translations are a parallel corpus). May be empty; then only the termbase bridges languages.
     */
    List<AssistantArticle> allPublic();
}
