package io.globaldesk.knowledge;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each locale is analysed by its own language's rules: inflected forms and particles still match. */
class LanguageAnalysisTests {

    @TempDir
    Path dataDir;

    private LuceneKnowledgeIndex index;

    @BeforeEach
    void indexOneArticleInEveryLanguage() {
        index = new LuceneKnowledgeIndex(LuceneIndexSettings.defaults(dataDir).withRefreshInterval(Duration.ZERO),
                Termbase::empty, EmbeddingProvider.NONE);
        index.index(new IndexableArticle(1, "KB-1", "en", null, List.of(), Visibility.PUBLIC, List.of(
                translation("en", "Cameras stop connecting", "Both cameras stopped connecting after the update."),
                translation("de", "Kameras verbinden nicht", "Die Verbindungen der Kameras brechen nach dem Update ab."),
                translation("fr", "Les caméras ne se connectent plus", "Les caméras perdent leurs connexions après la mise à jour."),
                translation("es", "Las cámaras no se conectan", "Los micrófonos y las cámaras pierden la conexión."),
                translation("pt-BR", "As câmeras não conectam", "As câmeras perderam as conexões depois da atualização."),
                translation("ko", "카메라 연결 문제", "업데이트 후 카메라가 연결되지 않습니다."),
                translation("ja", "カメラが接続できない", "更新後にカメラが接続できなくなりました。"),
                translation("zh-CN", "摄像头无法连接", "更新后摄像头无法连接。"))));
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static IndexableArticle.Translation translation(String locale, String title, String body) {
        return new IndexableArticle.Translation(locale, title, body, RtcArticles.UPDATED);
    }

    @Test
    void findsInflectedFormsInEachLanguage() {
        assertFound("camera connection", "en-US");
        assertFound("Verbindung Kamera", "de-DE");
        assertFound("connexion caméra", "fr-FR");
        assertFound("micrófono", "es-MX");
        assertFound("conexão câmera", "pt-PT");
        assertFound("카메라를", "ko-KR");
        assertFound("接続", "ja");
        assertFound("摄像头连接", "zh-Hans");
    }

    private void assertFound(String query, String locale) {
        List<SearchHit> hits = index.search(new SearchQuery(query, locale, Audience.CUSTOMER, 5));
        assertThat(hits).as("'%s' in %s", query, locale).singleElement()
                .satisfies(hit -> assertThat(hit.fallback()).isFalse())
                .satisfies(hit -> assertThat(KnowledgeLanguage.of(hit.locale())).isEqualTo(KnowledgeLanguage.of(locale)));
    }

    @Test
    void periodicRefreshMakesChangesVisibleWithoutAnExplicitRefresh() throws InterruptedException {
        index.close();
        index = new LuceneKnowledgeIndex(LuceneIndexSettings.defaults(dataDir).withRefreshInterval(Duration.ofMillis(20)),
                Termbase::empty, EmbeddingProvider.NONE);
        index.delete(1);
        SearchQuery query = new SearchQuery("camera", "en", Audience.CUSTOMER, 5);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!index.search(query).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(index.search(query)).isEmpty();
    }
}
