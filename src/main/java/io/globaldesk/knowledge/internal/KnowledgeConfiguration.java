package io.globaldesk.knowledge.internal;

import java.time.Duration;

import io.globaldesk.knowledge.EmbeddingProvider;
import io.globaldesk.knowledge.KnowledgeIndex;
import io.globaldesk.knowledge.LuceneIndexSettings;
import io.globaldesk.knowledge.LuceneKnowledgeIndex;
import io.globaldesk.knowledge.MarkdownRenderer;
import io.globaldesk.knowledge.OnnxEmbeddingProvider;
import io.globaldesk.knowledge.XliffExporter;
import io.globaldesk.knowledge.XliffImporter;
import io.globaldesk.platform.GlobalDeskProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The knowledge base's beans: the Lucene index under {@code <data-dir>/index} (closed on shutdown), the in-jar embedding
 * models (loaded on first use; {@code globaldesk.knowledge.embeddings=false} turns them off) and the stateless helpers.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean
    EmbeddingProvider knowledgeEmbeddings(@Value("${globaldesk.knowledge.embeddings:true}") boolean enabled) {
        return enabled ? new OnnxEmbeddingProvider() : EmbeddingProvider.NONE;
    }

    @Bean(destroyMethod = "close")
    KnowledgeIndex knowledgeIndex(GlobalDeskProperties properties, TermbaseStore termbase, EmbeddingProvider embeddings,
                                  @Value("${globaldesk.knowledge.refresh-interval:1s}") Duration refresh) {
        LuceneIndexSettings settings = LuceneIndexSettings.defaults(properties.resolve("index")).withRefreshInterval(refresh);
        return new LuceneKnowledgeIndex(settings, termbase::current, embeddings);
    }

    @Bean
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }

    @Bean
    XliffExporter xliffExporter() {
        return new XliffExporter();
    }

    @Bean
    XliffImporter xliffImporter() {
        return new XliffImporter();
    }
}
