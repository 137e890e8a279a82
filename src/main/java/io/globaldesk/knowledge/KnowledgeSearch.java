package io.globaldesk.knowledge;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searching the knowledge base, for the help center, agents and the assistant: BM25 in the asked language, re-ranked
 * where an embedding model exists, falling back to the source locale where the article is not translated. Internal
 * articles are returned only to {@link Audience#AGENT}. A search that finds nothing publishes {@link SearchFoundNothing}.
 */
@Service
public class KnowledgeSearch {

    private final KnowledgeIndex index;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    KnowledgeSearch(KnowledgeIndex index, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.index = index;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Up to {@code limit} (1–100) hits for free text in the locale; blank text finds nothing and publishes nothing.
     *
     * @throws IllegalArgumentException for a locale the knowledge base does not serve
     */
    public List<SearchHit> search(String text, String locale, Audience audience, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        SearchQuery query = new SearchQuery(text.strip(), locale, audience, Math.max(1, Math.min(limit, SearchQuery.MAX_LIMIT)));
        List<SearchHit> hits = index.search(query);
        if (hits.isEmpty()) {
            // Published in a transaction so transactional module listeners receive it.
            transactions.executeWithoutResult(status ->
                    events.publishEvent(new SearchFoundNothing(query.text(), query.language().code(), clock.instant())));
        }
        return hits;
    }

    /** Titles for a search box's suggestions. */
    public List<String> suggest(String prefix, String locale, Audience audience, int limit) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        String text = prefix.length() > SearchQuery.MAX_CHARS ? prefix.substring(0, SearchQuery.MAX_CHARS) : prefix;
        return index.suggest(text.strip(), KnowledgeLanguage.of(locale).code(), audience, Math.max(1, Math.min(limit, 20)));
    }
}
