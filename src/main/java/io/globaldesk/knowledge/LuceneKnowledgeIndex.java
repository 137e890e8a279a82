package io.globaldesk.knowledge;

import io.globaldesk.knowledge.internal.ArticleDocuments;
import io.globaldesk.knowledge.internal.EmbeddingReranker;
import io.globaldesk.knowledge.internal.IndexFields;
import io.globaldesk.knowledge.internal.IndexInspector;
import io.globaldesk.knowledge.internal.KnowledgeSearcher;
import io.globaldesk.knowledge.internal.LanguageAnalyzers;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The Lucene implementation of {@link KnowledgeIndex}: one document per article and locale under a directory of its
 * own, near-real-time through a {@link SearcherManager} on the writer. A missing or damaged directory is replaced by an
 * empty index and reported through {@link #health()}, so the caller rebuilds it from the database.
 */
public final class LuceneKnowledgeIndex implements KnowledgeIndex {

    /** Enough RAM to index a batch of articles without flushing tiny segments during a rebuild. */
    private static final double RAM_BUFFER_MB = 128;
    private static final int REBUILD_BATCH = 200;

    private final LuceneIndexSettings settings;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final ArticleDocuments documents;
    private final KnowledgeSearcher searcher;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService refresher;
    private volatile IndexHealth health;
    private volatile boolean rebuilding;

    public LuceneKnowledgeIndex(LuceneIndexSettings settings, Supplier<Termbase> termbase, EmbeddingProvider embeddings) {
        this.settings = settings;
        this.documents = new ArticleDocuments(embeddings);
        this.searcher = new KnowledgeSearcher(analyzers, new EmbeddingReranker(embeddings), termbase, settings.rerankDepth());
        try {
            this.directory = FSDirectory.open(settings.directory());
            this.health = IndexInspector.inspect(directory, settings.verifyChecksumsOnOpen());
            if (health == IndexHealth.CORRUPT) {
                IndexInspector.wipe(directory);
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzers)
                    .setOpenMode(health == IndexHealth.READY ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            this.writer = new IndexWriter(directory, config);
            writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the knowledge index in " + settings.directory(), e);
        }
        this.refresher = startRefresher();
    }

    private ScheduledExecutorService startRefresher() {
        if (settings.refreshInterval().isZero()) {
            return null;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("knowledge-index-refresh").factory());
        long millis = settings.refreshInterval().toMillis();
        executor.scheduleWithFixedDelay(this::refreshAndCommit, millis, millis, TimeUnit.MILLISECONDS);
        return executor;
    }

    private void refreshAndCommit() {
        refresh();
        if (writer.hasUncommittedChanges() && !rebuilding) {
            commit();
        }
    }

    @Override
    public void index(IndexableArticle article) {
        try {
            writer.updateDocuments(new Term(IndexFields.ARTICLE_ID, Long.toString(article.articleId())),
                    documents.toDocuments(article));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + article.articleId(), e);
        }
    }

    @Override
    public void delete(long articleId) {
        try {
            writer.deleteDocuments(new Term(IndexFields.ARTICLE_ID, Long.toString(articleId)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete article " + articleId + " from the index", e);
        }
    }

    /** Skipped while rebuilding so searches keep seeing the complete old index instead of a half-built one. */
    @Override
    public void refresh() {
        if (rebuilding) {
            return;
        }
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the knowledge index searcher", e);
        }
    }

    @Override
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the knowledge index", e);
        }
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        return withSearcher(s -> searcher.search(s, query));
    }

    @Override
    public List<String> suggest(String prefix, String locale, Audience audience, int limit) {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + SearchQuery.MAX_LIMIT + ", was " + limit);
        }
        String typed = prefix.length() > SearchQuery.MAX_CHARS ? prefix.substring(0, SearchQuery.MAX_CHARS) : prefix;
        KnowledgeLanguage language = KnowledgeLanguage.of(locale);
        return withSearcher(s -> searcher.suggest(s, typed, language, audience, limit));
    }

    @Override
    public synchronized void rebuild(Stream<IndexableArticle> articles, ProgressListener progress) {
        rebuilding = true;
        ExecutorService workers = Executors.newFixedThreadPool(settings.indexingThreads(),
                Thread.ofPlatform().daemon().name("knowledge-index-rebuild-", 0).factory());
        try {
            writer.deleteAll();
            RebuildProgress counter = new RebuildProgress(progress);
            List<Future<?>> pending = new ArrayList<>();
            List<IndexableArticle> batch = new ArrayList<>(REBUILD_BATCH);
            for (var it = articles.iterator(); it.hasNext(); ) {
                batch.add(it.next());
                if (batch.size() == REBUILD_BATCH || !it.hasNext()) {
                    List<IndexableArticle> submitted = List.copyOf(batch);
                    batch.clear();
                    pending.add(workers.submit(() -> indexBatch(submitted, counter)));
                    awaitOldest(pending, settings.indexingThreads() * 2);
                }
            }
            awaitOldest(pending, 0);
            writer.commit();
            rebuilding = false;
            searchers.maybeRefreshBlocking();
            health = IndexHealth.READY;
            counter.finished();
        } catch (IOException e) {
            throw new UncheckedIOException("rebuilding the knowledge index failed; it stays in need of a rebuild", e);
        } finally {
            rebuilding = false;
            workers.shutdownNow();
        }
    }

    private void indexBatch(List<IndexableArticle> batch, RebuildProgress counter) {
        for (IndexableArticle article : batch) {
            try {
                writer.addDocuments(documents.toDocuments(article));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index article " + article.articleId(), e);
            }
        }
        counter.add(batch.size());
    }

    /** Bounds the work in flight so a rebuild from a huge stream does not hold it all in memory. */
    private static void awaitOldest(List<Future<?>> pending, int keep) {
        while (pending.size() > keep) {
            try {
                pending.removeFirst().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rebuild interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("rebuild failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    @Override
    public IndexHealth health() {
        return health;
    }

    @Override
    public void close() {
        if (refresher != null) {
            // A refresh or commit still running would race the writer's close below.
            refresher.shutdown();
            try {
                if (!refresher.awaitTermination(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the index refresh did not stop within 30 s; the index stays open");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stopping the index refresh", e);
            }
        }
        try (directory; writer; searchers; analyzers) {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the knowledge index failed", e);
        }
    }

    private <T> T withSearcher(SearcherCall<T> call) {
        try {
            IndexSearcher current = searchers.acquire();
            try {
                return call.apply(current);
            } finally {
                searchers.release(current);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the knowledge index failed", e);
        }
    }

    @FunctionalInterface
    private interface SearcherCall<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Reports every thousand articles; workers finish batches concurrently, so reporting is serialised. */
    private static final class RebuildProgress {
        private static final long EVERY = 1000;
        private final ProgressListener listener;
        private long indexed;
        private long reported;

        RebuildProgress(ProgressListener listener) {
            this.listener = listener;
        }

        synchronized void add(int articles) {
            indexed += articles;
            if (indexed - reported >= EVERY) {
                reported = indexed;
                listener.progressed(indexed, false);
            }
        }

        synchronized void finished() {
            listener.progressed(indexed, true);
        }
    }
}
