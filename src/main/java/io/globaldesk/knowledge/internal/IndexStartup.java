package io.globaldesk.knowledge.internal;

import io.globaldesk.knowledge.KnowledgeIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index from the database when it was found missing or corrupt, before the demo data loader and before
 * the application reports ready, so later changes are never lost to a rebuild that started after them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IndexStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexStartup.class);

    private final KnowledgeIndex index;
    private final ArticleIndexer indexer;

    IndexStartup(KnowledgeIndex index, ArticleIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (index.health().needsRebuild()) {
            log.info("knowledge index is {}; rebuilding it from the database", index.health());
            indexer.rebuild();
        }
    }
}
