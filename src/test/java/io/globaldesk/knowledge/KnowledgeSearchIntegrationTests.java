package io.globaldesk.knowledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 150 articles (twelve RTC problems on thirteen platforms) imported through the API with sources in English, Chinese
 * and Japanese and the other two languages as translations; searching by words of a body finds the article in each
 * language, Chinese and Japanese queries written without spaces.
 */
@GlobalDeskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeSearchIntegrationTests {

    static final List<String> LANGUAGES = List.of("en", "zh", "ja");

    @LocalServerPort
    int port;
    Api admin;
    final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    /** Article id in the test corpus (1–150) → id in the knowledge base. */
    final Map<Long, Long> ids = new HashMap<>();
    final Map<Long, Long> corpusIds = new HashMap<>();

    static String[] text(RtcArticles.Topic topic, String language, String platform) {
        String[] text = switch (language) {
            case "en" -> topic.en();
            case "zh" -> topic.zh();
            default -> topic.ja();
        };
        return new String[] {text[0].replace("{p}", platform), text[1].replace("{p}", platform)};
    }

    @BeforeAll
    void importThroughTheApi() {
        admin = Api.admin(port);
        for (long n = 1; n <= RtcArticles.COUNT; n++) {
            RtcArticles.Topic topic = RtcArticles.TOPICS.get(RtcArticles.topicOf(n));
            String platform = RtcArticles.platformOf(n);
            String source = LANGUAGES.get((int) (n % 3));
            String[] sourceText = text(topic, source, platform);
            Api.Response created = admin.post("/api/v1/kb/articles", map("externalId", "rtc-" + run + "-" + n,
                    "locale", source, "title", sourceText[0], "body", sourceText[1], "category", "troubleshooting",
                    "tags", List.of(platform.toLowerCase()), "visibility", "PUBLIC"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long id = created.json().get("id").asLong();
            ids.put(n, id);
            corpusIds.put(id, n);
            for (String language : LANGUAGES) {
                if (!language.equals(source)) {
                    String[] t = text(topic, language, platform);
                    Api.Response saved = admin.put("/api/v1/kb/articles/" + id + "/translations/" + language,
                            map("title", t[0], "body", t[1]));
                    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
                }
            }
        }
    }

    /** This run's corpus ids among the hits, best first (the shared database also holds the demo articles). */
    List<Long> search(String q, String locale) {
        Api.Response r = admin.get("/api/v1/kb/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&locale="
                + locale + "&limit=30");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> results = r.json().get("results").valueStream().toList();
        for (JsonNode hit : results) {
            if (corpusIds.containsKey(hit.get("articleId").asLong())) {
                assertThat(hit.get("locale").asString()).as("hit language for '%s'", q).isEqualTo(locale);
            }
        }
        results.stream().filter(hit -> corpusIds.containsKey(hit.get("articleId").asLong())).findFirst()
                .ifPresent(top -> assertThat(top.get("snippet").asString()).as("snippet of the top hit").contains("<mark>"));
        return results.stream().map(n -> corpusIds.get(n.get("articleId").asLong())).filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void everyTopicIsFoundByASentenceOfItsBodyInEachLanguage() {
        for (int t = 0; t < RtcArticles.TOPICS.size(); t++) {
            RtcArticles.Topic topic = RtcArticles.TOPICS.get(t);
            for (String language : LANGUAGES) {
                String body = text(topic, language, "")[1];
                String sentence = body.substring(0, Math.max(body.indexOf(language.equals("en") ? ". " : "。"), 10));
                List<Long> hits = search(sentence, language);
                assertThat(hits).as("hits for '%s'", sentence).isNotEmpty();
                assertThat(RtcArticles.topicOf(hits.getFirst())).as("topic of the top hit for '%s'", sentence).isEqualTo(t);
            }
        }
    }

    @Test
    void oneArticleOfOnePlatformIsFoundByBodyWordsWrittenWithoutSpaces() {
        assertThat(search("Unity视频卡顿降低分辨率", "zh").getFirst()).isEqualTo(RtcArticles.idOf(3, "Unity"));
        assertThat(search("Electronのファイアウォールで許可するポート", "ja").getFirst()).isEqualTo(RtcArticles.idOf(6, "Electron"));
        assertThat(search("acoustic echo cancellation on Flutter", "en").getFirst()).isEqualTo(RtcArticles.idOf(0, "Flutter"));
        assertThat(search("回声消除", "zh")).isNotEmpty();
        assertThat(search("エコーキャンセル", "ja")).isNotEmpty();
    }

    @Test
    void anArticleIsFoundInItsSourceLanguageWhereTheAskedTranslationIsMissing() {
        String word = "zyxwv" + run.chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26))).reduce("", String::concat);
        Api.Response created = admin.post("/api/v1/kb/articles", map("locale", "en", "title", "Only English " + word,
                "body", "This article about " + word + " exists only in English.", "visibility", "PUBLIC"));
        long id = created.json().get("id").asLong();
        Api.Response r = admin.get("/api/v1/kb/search?q=" + word + "&locale=ja");
        JsonNode hit = r.json().get("results").valueStream().filter(h -> h.get("articleId").asLong() == id).findFirst()
                .orElseThrow(() -> new AssertionError("not found: " + r));
        assertThat(hit.get("locale").asString()).isEqualTo("en");
        assertThat(hit.get("fallback").asBoolean()).isTrue();
    }
}
