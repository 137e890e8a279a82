package io.globaldesk.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddingRerankTests {

    @TempDir
    Path dataDir;

    /** Puts texts about the speaker on one axis and everything else on the other, so the re-rank outcome is known. */
    private static final EmbeddingProvider TWO_TOPICS = new EmbeddingProvider() {
        @Override
        public boolean supports(KnowledgeLanguage language) {
            return language == KnowledgeLanguage.EN;
        }

        @Override
        public float[] embed(KnowledgeLanguage language, String text) {
            return text.contains("speaker") ? new float[] {1, 0} : new float[] {0, 1};
        }
    };

    private List<Long> rankingWith(EmbeddingProvider embeddings, String subdirectory) {
        LuceneIndexSettings settings = LuceneIndexSettings.defaults(dataDir.resolve(subdirectory)).withRefreshInterval(Duration.ZERO);
        try (LuceneKnowledgeIndex index = new LuceneKnowledgeIndex(settings, Termbase::empty, embeddings)) {
            index.index(article(1, "Call quality", "Poor call quality from the speaker."));
            index.index(article(2, "Call quality", "Poor call quality on cellular networks when the uplink is congested."));
            index.index(article(3, "Billing", "Invoices are issued monthly."));
            index.refresh();
            return index.search(new SearchQuery("call quality", "en", Audience.CUSTOMER, 5)).stream()
                    .map(SearchHit::articleId).toList();
        }
    }

    private static IndexableArticle article(long id, String title, String body) {
        return new IndexableArticle(id, null, "en", null, List.of(), Visibility.PUBLIC,
                List.of(new IndexableArticle.Translation("en", title, body, RtcArticles.UPDATED)));
    }

    @Test
    void keywordRankingStandsWithoutEmbeddings() {
        assertThat(rankingWith(EmbeddingProvider.NONE, "plain")).containsExactly(1L, 2L);
    }

    @Test
    void embeddingsReorderTheKeywordHitsByMeaning() {
        assertThat(rankingWith(TWO_TOPICS, "vectors")).containsExactly(2L, 1L);
    }

    @Test
    void aRepeatedQueryIsEmbeddedOnceAndRanksAsBefore() {
        List<String> embedded = new java.util.concurrent.CopyOnWriteArrayList<>();
        EmbeddingProvider counting = new EmbeddingProvider() {
            @Override
            public boolean supports(KnowledgeLanguage language) {
                return TWO_TOPICS.supports(language);
            }

            @Override
            public float[] embed(KnowledgeLanguage language, String text) {
                embedded.add(text);
                return TWO_TOPICS.embed(language, text);
            }
        };
        LuceneIndexSettings settings = LuceneIndexSettings.defaults(dataDir.resolve("cached")).withRefreshInterval(Duration.ZERO);
        try (LuceneKnowledgeIndex index = new LuceneKnowledgeIndex(settings, Termbase::empty, counting)) {
            index.index(article(1, "Call quality", "Poor call quality from the speaker."));
            index.index(article(2, "Call quality", "Poor call quality on cellular networks when the uplink is congested."));
            index.refresh();
            embedded.clear();
            SearchQuery query = new SearchQuery("call quality", "en", Audience.CUSTOMER, 5);
            List<Long> first = index.search(query).stream().map(SearchHit::articleId).toList();
            List<Long> again = index.search(query).stream().map(SearchHit::articleId).toList();
            assertThat(first).containsExactly(2L, 1L);
            assertThat(again).isEqualTo(first);
            assertThat(embedded).containsExactly("call quality");
            index.search(new SearchQuery("call quality speaker", "en", Audience.CUSTOMER, 5));
            assertThat(embedded).containsExactly("call quality", "call quality speaker");
        }
    }

    @Test
    void inJarModelsPlaceRelatedSupportTextsCloserThanUnrelatedOnes() {
        OnnxEmbeddingProvider onnx = new OnnxEmbeddingProvider();
        assertThat(onnx.supports(KnowledgeLanguage.JA)).isFalse();

        assertThat(cosine(onnx, KnowledgeLanguage.EN, "the other side hears my voice twice",
                "enable acoustic echo cancellation", "invoices are issued monthly in dollars")).isTrue();
        assertThat(cosine(onnx, KnowledgeLanguage.ZH, "对方听到了我的回声", "开启回声消除功能", "账单每月以美元开具")).isTrue();
    }

    private static boolean cosine(EmbeddingProvider provider, KnowledgeLanguage language, String query, String related,
                                  String unrelated) {
        float[] q = provider.embed(language, query);
        return similarity(q, provider.embed(language, related)) > similarity(q, provider.embed(language, unrelated));
    }

    private static double similarity(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
