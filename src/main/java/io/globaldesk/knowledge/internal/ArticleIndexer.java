package io.globaldesk.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.globaldesk.knowledge.IndexableArticle;
import io.globaldesk.knowledge.KnowledgeArticle;
import io.globaldesk.knowledge.KnowledgeIndex;
import io.globaldesk.knowledge.MarkdownRenderer;
import io.globaldesk.knowledge.ProgressListener;
import io.globaldesk.knowledge.TranslationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the index in step with the tables: an article is re-indexed after the transaction that changed it commits, with
 * its source and its published translations (drafts, reviews and outdated translations fall back to the source).
 */
@Component
public class ArticleIndexer {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndexer.class);
    private static final int PAGE = 500;

    /** Where a rebuild stands, for the admin page. */
    public record RebuildStatus(boolean running, long indexed, long total, String error, long millis) {
    }

    private final KnowledgeIndex index;
    private final KnowledgeRepository repository;
    private final MarkdownRenderer markdown;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(new RebuildStatus(false, 0, 0, null, 0));

    ArticleIndexer(KnowledgeIndex index, KnowledgeRepository repository, MarkdownRenderer markdown) {
        this.index = index;
        this.repository = repository;
        this.markdown = markdown;
    }

    /**
     * Re-indexes the article once the current transaction commits (at once when there is none); an article changed
     * several times in one transaction is indexed once.
     */
    public void reindexAfterCommit(long articleId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reindex(articleId);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ArticleIndexer.this);
                    if (status == STATUS_COMMITTED) {
                        ids.forEach(ArticleIndexer.this::indexOne);
                        index.refresh();
                    }
                }
            });
            pending = ids;
        }
        pending.add(articleId);
    }

    public void reindex(long articleId) {
        indexOne(articleId);
        index.refresh();
    }

    private void indexOne(long articleId) {
        repository.find(articleId).ifPresentOrElse(article -> index.index(toIndexable(article)), () -> index.delete(articleId));
    }

    public IndexableArticle toIndexable(KnowledgeArticle article) {
        List<IndexableArticle.Translation> translations = new ArrayList<>();
        for (KnowledgeArticle.Localized localized : article.locales()) {
            boolean source = localized.locale().equals(article.sourceLocale());
            if (source || localized.state() == TranslationState.PUBLISHED) {
                translations.add(new IndexableArticle.Translation(localized.locale(), localized.title(),
                        markdown.toPlainText(localized.body()), localized.updatedAt()));
            }
        }
        return new IndexableArticle(article.id(), article.externalId(), article.sourceLocale(), article.category(),
                article.tags(), article.visibility(), translations);
    }

    public RebuildStatus status() {
        return status.get();
    }

    /** Starts a rebuild on a thread of its own; false when a rebuild is already running. */
    public boolean rebuildInBackground() {
        if (!begin()) {
            return false;
        }
        Thread.ofVirtual().name("knowledge-rebuild").start(() -> {
            try {
                run();
            } catch (RuntimeException e) {
                // logged and kept in the status by run()
            }
        });
        return true;
    }

    /** Replaces the index with every article in the database; false when a rebuild is already running. */
    public boolean rebuild() {
        if (!begin()) {
            return false;
        }
        run();
        return true;
    }

    private boolean begin() {
        RebuildStatus before = status.get();
        return !before.running() && status.compareAndSet(before, new RebuildStatus(true, 0, repository.count(), null, 0));
    }

    private void run() {
        long total = status.get().total();
        long started = System.nanoTime();
        try {
            ProgressListener progress = (done, finished) -> status.set(new RebuildStatus(true, done, total, null,
                    (System.nanoTime() - started) / 1_000_000));
            index.rebuild(streamAll(), progress);
            index.commit();
            long millis = (System.nanoTime() - started) / 1_000_000;
            status.set(new RebuildStatus(false, status.get().indexed(), total, null, millis));
            log.info("knowledge index rebuilt from the database: {} articles in {} ms ({} articles/s)",
                    status.get().indexed(), millis, millis == 0 ? "-" : status.get().indexed() * 1000 / millis);
        } catch (RuntimeException e) {
            log.error("knowledge index rebuild failed", e);
            status.set(new RebuildStatus(false, status.get().indexed(), total, String.valueOf(e.getMessage()),
                    (System.nanoTime() - started) / 1_000_000));
            throw e;
        }
    }

    /** Pages through the table by id so a large knowledge base is never held in memory at once. */
    private java.util.stream.Stream<IndexableArticle> streamAll() {
        java.util.Iterator<IndexableArticle> iterator = new java.util.Iterator<>() {
            private long after;
            private java.util.Iterator<KnowledgeArticle> page = java.util.Collections.emptyIterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !exhausted) {
                    List<Long> ids = repository.idsAfter(after, PAGE);
                    exhausted = ids.size() < PAGE;
                    if (!ids.isEmpty()) {
                        after = ids.getLast();
                    }
                    page = repository.byIds(ids).iterator();
                }
                return page.hasNext();
            }

            @Override
            public IndexableArticle next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return toIndexable(page.next());
            }
        };
        return java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(iterator, java.util.Spliterator.ORDERED), false);
    }
}
