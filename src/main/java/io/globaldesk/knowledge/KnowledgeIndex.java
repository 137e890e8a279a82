package io.globaldesk.knowledge;

import java.io.Closeable;
import java.util.List;
import java.util.stream.Stream;

/** The knowledge-base search index: a port, so the Lucene implementation can be replaced. */
public interface KnowledgeIndex extends Closeable {

    /** Adds the article or replaces every locale previously indexed for it; visible after {@link #refresh()}. */
    void index(IndexableArticle article);

    /** Removes every locale of the article; visible after {@link #refresh()}. */
    void delete(long articleId);

    /** Makes changes visible to searches. */
    void refresh();

    /** Makes changes durable. */
    void commit();

    List<SearchHit> search(SearchQuery query);

    /** Titles in the locale starting with, or containing a word starting with, what the user has typed so far. */
    List<String> suggest(String prefix, String locale, Audience audience, int limit);

    /** Replaces the whole index with the articles given, reporting progress; searches see the old index until it ends. */
    void rebuild(Stream<IndexableArticle> articles, ProgressListener progress);

    /** How the index was found when opened; {@link IndexHealth#needsRebuild()} asks the caller for a rebuild. */
    IndexHealth health();

    @Override
    void close();
}
