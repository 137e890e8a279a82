package io.globaldesk.knowledge;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LuceneKnowledgeIndexTests {

    /** The corpus is analysed once; each test works on its own copy of the index files. */
    @TempDir
    static Path corpusDir;

    @TempDir
    Path dataDir;

    private final AtomicReference<Termbase> termbase = new AtomicReference<>(Termbase.empty());
    private LuceneKnowledgeIndex index;

    @BeforeAll
    static void indexTheCorpusOnce() {
        LuceneIndexSettings settings = LuceneIndexSettings.defaults(corpusDir).withRefreshInterval(Duration.ZERO);
        try (LuceneKnowledgeIndex corpus = new LuceneKnowledgeIndex(settings, Termbase::empty, EmbeddingProvider.NONE)) {
            corpus.rebuild(RtcArticles.all().stream(), ProgressListener.NONE);
        }
    }

    @BeforeEach
    void openACopyOfTheCorpusIndex() throws IOException {
        Files.createDirectories(dataDir.resolve("index"));
        try (Stream<Path> files = Files.list(corpusDir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(file, dataDir.resolve("index").resolve(file.getFileName()));
            }
        }
        index = open();
        assertThat(index.health()).isEqualTo(IndexHealth.READY);
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    private LuceneKnowledgeIndex open() {
        LuceneIndexSettings settings = LuceneIndexSettings.defaults(dataDir.resolve("index")).withRefreshInterval(Duration.ZERO);
        return new LuceneKnowledgeIndex(settings, termbase::get, EmbeddingProvider.NONE);
    }

    private List<SearchHit> search(String text, String locale) {
        return index.search(new SearchQuery(text, locale, Audience.CUSTOMER, 10));
    }

    @Test
    void findsEachTopicByASentenceOfItsBodyInEnglishChineseAndJapanese() {
        for (int topic = 0; topic < RtcArticles.TOPICS.size(); topic++) {
            RtcArticles.Topic texts = RtcArticles.TOPICS.get(topic);
            assertTopHitIsTopic(firstSentence(texts.en()[1], ". "), "en", topic);
            assertTopHitIsTopic(firstSentence(texts.zh()[1], "。"), "zh-CN", topic);
            assertTopHitIsTopic(firstSentence(texts.ja()[1], "。"), "ja-JP", topic);
        }
    }

    private void assertTopHitIsTopic(String query, String locale, int topic) {
        List<SearchHit> hits = search(query, locale);
        assertThat(hits).as("hits for '%s' in %s", query, locale).isNotEmpty();
        assertThat(RtcArticles.topicOf(hits.getFirst().articleId())).as("topic of the top hit for '%s'", query).isEqualTo(topic);
        assertThat(hits.getFirst().locale()).isEqualTo(locale);
        assertThat(hits.getFirst().fallback()).isFalse();
    }

    private static String firstSentence(String body, String end) {
        int stop = body.indexOf(end);
        return (stop < 0 ? body : body.substring(0, stop)).replace("{p}", "");
    }

    @Test
    void findsTheArticleOfOnePlatformByBodyWordsWithoutSpacesInChineseAndJapanese() {
        assertThat(search("Unity视频卡顿降低分辨率", "zh-Hans").getFirst().articleId()).isEqualTo(RtcArticles.idOf(3, "Unity"));
        assertThat(search("Electronのファイアウォールで許可するポート", "ja").getFirst().articleId())
                .isEqualTo(RtcArticles.idOf(6, "Electron"));
        assertThat(search("acoustic echo cancellation on Flutter", "en-US").getFirst().articleId())
                .isEqualTo(RtcArticles.idOf(0, "Flutter"));
    }

    @Test
    void snippetMarksMatchesAndEscapesHtml() {
        index.index(new IndexableArticle(500, "KB-500", "en", null, List.of(), Visibility.PUBLIC, List.of(
                new IndexableArticle.Translation("en", "Embedding the player", "Paste <script>alert('x')</script> & the echo filter snippet into the page.", RtcArticles.UPDATED))));
        index.refresh();

        SearchHit hit = search("echo filter script", "en").getFirst();

        assertThat(hit.articleId()).isEqualTo(500);
        assertThat(hit.snippet()).contains("&lt;", "&amp;", "<mark>echo</mark>").doesNotContain("<script");
    }

    @Test
    void internalArticlesAreHiddenFromCustomersAndTheAssistantButNotFromAgents() {
        index.index(RtcArticles.article(7, Visibility.INTERNAL, "en", "ja"));
        index.refresh();
        String query = "Firewall ports to allow for Android";

        assertThat(index.search(new SearchQuery(query, "en", Audience.CUSTOMER, 100))).extracting(SearchHit::articleId).doesNotContain(7L);
        assertThat(index.search(new SearchQuery(query, "en", Audience.ASSISTANT, 100))).extracting(SearchHit::articleId).doesNotContain(7L);
        assertThat(index.search(new SearchQuery(query, "en", Audience.AGENT, 10)).getFirst().articleId()).isEqualTo(7L);
    }

    @Test
    void fallsBackToTheSourceLocaleThroughTheTermbaseWhenTheLocaleLacksTheArticle() {
        index.index(new IndexableArticle(900, "KB-900", "en", null, List.of(), Visibility.PUBLIC, List.of(
                new IndexableArticle.Translation("en", "Tuning the jitter buffer", "A larger jitter buffer smooths playout on unstable links.", RtcArticles.UPDATED))));
        index.refresh();
        SearchQuery japanese = new SearchQuery("ジッターバッファ", "ja", Audience.CUSTOMER, 20);

        assertThat(index.search(japanese)).extracting(SearchHit::articleId).doesNotContain(900L);

        termbase.set(Termbase.builder().approve("jitter buffer", "ja", "ジッターバッファ").build());
        List<SearchHit> hits = index.search(japanese);

        assertThat(hits).filteredOn(SearchHit::fallback).extracting(SearchHit::articleId).containsExactly(900L);
        SearchHit fallback = hits.stream().filter(SearchHit::fallback).findFirst().orElseThrow();
        assertThat(fallback.locale()).isEqualTo("en");
        assertThat(fallback.snippet()).contains("<mark>jitter</mark>");
        assertThat(hits).filteredOn(h -> !h.fallback()).allMatch(h -> h.locale().equals("ja-JP"));
    }

    @Test
    void updatesAndDeletesBecomeVisibleOnRefresh() {
        long id = RtcArticles.idOf(4, "Web");
        index.index(new IndexableArticle(id, "KB-" + id, "en", null, List.of(), Visibility.PUBLIC, List.of(
                new IndexableArticle.Translation("en", "Camera preview stays grey", "The preview turns grey when the tab is muted by the browser.", RtcArticles.UPDATED.plusSeconds(60)))));
        assertThat(search("grey preview", "en")).isEmpty();

        index.refresh();
        assertThat(search("grey preview", "en")).extracting(SearchHit::articleId).containsExactly(id);
        assertThat(search("リモート映像が黒い画面 Web", "ja")).extracting(SearchHit::articleId).doesNotContain(id);

        index.delete(id);
        index.refresh();
        assertThat(search("grey preview", "en")).isEmpty();
    }

    @Test
    void rebuildsAfterTheIndexDirectoryWasDeleted() throws IOException {
        index.close();
        try (Stream<Path> files = Files.walk(dataDir.resolve("index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        index = open();
        assertThat(index.health()).isEqualTo(IndexHealth.MISSING);
        assertThat(search("echo cancellation", "en")).isEmpty();

        List<Long> progress = new ArrayList<>();
        AtomicReference<Boolean> finished = new AtomicReference<>(false);
        index.rebuild(RtcArticles.all().stream(), (count, done) -> {
            progress.add(count);
            finished.set(done);
        });

        assertThat(index.health()).isEqualTo(IndexHealth.READY);
        assertThat(progress.getLast()).isEqualTo(RtcArticles.COUNT);
        assertThat(finished.get()).isTrue();
        assertThat(search("echo cancellation", "en")).hasSize(10);
    }

    @Test
    void detectsACorruptIndexAndRebuildsIt() throws IOException {
        index.commit();
        index.close();
        Path largest;
        try (Stream<Path> files = Files.list(dataDir.resolve("index"))) {
            largest = files.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[64]);
        }
        index = open();
        assertThat(index.health()).isEqualTo(IndexHealth.CORRUPT);

        index.rebuild(RtcArticles.all().stream(), ProgressListener.NONE);

        assertThat(index.health().needsRebuild()).isFalse();
        assertThat(search("回声消除", "zh")).isNotEmpty();
    }

    @Test
    void neverReadsUserTextAsQuerySyntax() {
        assertThat(search("title_en:echo AND (body_en:* OR \"", "en")).allMatch(h -> RtcArticles.topicOf(h.articleId()) == 0);
        assertThat(search("*:* ~ ^ [ ] { } \\", "en")).isEmpty();
        assertThat(search("echo ".repeat(5000), "en")).isNotEmpty();
    }

    @Test
    void suggestsTitlesStartingWithWhatWasTyped() {
        assertThat(index.suggest("Black scr", "en", Audience.CUSTOMER, 5)).hasSize(5)
                .allMatch(title -> title.startsWith("Black screen"));
        assertThat(index.suggest("屏幕共", "zh-CN", Audience.CUSTOMER, 3)).hasSize(3).allMatch(title -> title.contains("屏幕共享"));
        assertThat(index.suggest("", "ja", Audience.CUSTOMER, 3)).isEmpty();
    }

    @Test
    void reindexingAnArticleReplacesItsLocales() {
        long id = RtcArticles.idOf(5, "iOS");
        index.index(RtcArticles.article(id, Visibility.PUBLIC, "en"));
        index.refresh();
        termbase.set(Termbase.builder().approve("token", "ja", "トークン").build());

        List<SearchHit> hits = index.search(new SearchQuery("トークン期限切れ", "ja", Audience.CUSTOMER, 50));

        assertThat(hits).filteredOn(h -> h.articleId() == id).singleElement()
                .satisfies(hit -> assertThat(hit.fallback()).isTrue())
                .satisfies(hit -> assertThat(hit.locale()).isEqualTo("en"));
    }

    @Test
    void refusesAnArticleListingOneLanguageTwice() {
        assertThatThrownBy(() -> RtcArticles.article(1, Visibility.PUBLIC, "zh-CN", "zh-TW"))
                .hasMessageContaining("lists a language twice");
    }
}
