package io.globaldesk.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.globaldesk.knowledge.CaseReviewPublished;
import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The knowledge-base API over real HTTP: articles, the localization workflow, XLIFF exchange, search and visibility. */
@GlobalDeskIntegrationTest
class KnowledgeApiIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
    }

    String token(String role, String organizationId) {
        Api.Response r = admin.post("/api/v1/api-tokens", map("name", "t-" + UUID.randomUUID(), "role", role,
                "organizationId", organizationId));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("token").asString();
    }

    Api customer() {
        String org = admin.post("/api/v1/organizations", map("name", "Org " + UUID.randomUUID(), "country", "JP",
                "locale", "ja-JP", "tier", "PREMIUM", "appIds", List.of("app-" + UUID.randomUUID()))).json().get("id").asString();
        return admin.as(token("CUSTOMER", org));
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    JsonNode create(String locale, String title, String body, String visibility) {
        Api.Response r = admin.post("/api/v1/kb/articles", map("locale", locale, "title", title, "body", body,
                "category", "audio", "tags", List.of("echo"), "visibility", visibility));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    List<Long> searchIds(Api api, String q, String locale) {
        Api.Response r = api.get("/api/v1/kb/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)
                + "&locale=" + locale + "&limit=20");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("results").valueStream().map(n -> n.get("articleId").asLong()).toList();
    }

    String state(long id, String locale) {
        return admin.get("/api/v1/kb/articles/" + id).json().get("translations").valueStream()
                .filter(t -> t.get("locale").asString().equals(locale)).findFirst().orElseThrow().get("status").asString();
    }

    @Test
    void aCreatedArticleIsReadableAndFoundBySearchInItsLanguage() {
        String word = "zorblax" + unique();
        JsonNode article = create("en", "Echo with " + word, "Turn on acoustic echo cancellation; the " + word + " flag helps.", "PUBLIC");
        long id = article.get("id").asLong();
        assertThat(article.get("sourceLocale").asString()).isEqualTo("en");

        JsonNode got = admin.get("/api/v1/kb/articles/" + id).json();
        assertThat(got.get("title").asString()).isEqualTo("Echo with " + word);
        assertThat(got.get("externalId").asString()).startsWith("echo-with-");

        Api.Response search = admin.get("/api/v1/kb/search?q=" + word + "&locale=en");
        JsonNode first = search.json().get("results").get(0);
        assertThat(first.get("articleId").asLong()).isEqualTo(id);
        assertThat(first.get("snippet").asString()).contains("<mark>");
        assertThat(first.get("locale").asString()).isEqualTo("en");
    }

    @Test
    void editingTheSourceOutdatesTranslationsButAMinorEditDoesNot() {
        long id = create("en", "Token expired " + unique(), "Renew the token before it expires.", "PUBLIC").get("id").asLong();
        Api.Response saved = admin.put("/api/v1/kb/articles/" + id + "/translations/ja",
                map("title", "トークンの期限切れ", "body", "期限が切れる前にトークンを更新してください。"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("status").asString()).isEqualTo("PUBLISHED");

        Api.Response minor = admin.put("/api/v1/kb/articles/" + id, map("title", "Token expired", "body",
                "Renew the token before it expires!", "minorEdit", true));
        assertThat(minor.status()).as(minor.toString()).isEqualTo(200);
        assertThat(state(id, "ja")).isEqualTo("PUBLISHED");

        admin.put("/api/v1/kb/articles/" + id, map("title", "Token expired", "body",
                "Renew the token before it expires. Also check the server clock.", "minorEdit", false));
        assertThat(state(id, "ja")).isEqualTo("OUTDATED");
        assertThat(admin.get("/api/v1/kb/articles/" + id).json().get("revision").asInt()).isEqualTo(2);
    }

    @Test
    void aLeadPublishesATranslationInReviewAndAgentsCannotSkipTheReview() {
        long id = create("en", "Screen share is black " + unique(), "Grant the screen recording permission.", "PUBLIC")
                .get("id").asLong();
        Api agent = admin.as(token("AGENT", null));
        Api lead = admin.as(token("SUPPORT_LEAD", null));
        String translation = "/api/v1/kb/articles/" + id + "/translations/ja";

        Api.Response review = agent.put(translation, map("title", "画面共有が黒い", "body", "画面収録の許可を与えてください。",
                "status", "IN_REVIEW"));
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        assertThat(state(id, "ja")).isEqualTo("IN_REVIEW");
        assertThat(agent.put(translation, map("title", "画面共有が黒い", "body", "本文", "status", "PUBLISHED")).status())
                .as("an agent cannot publish past the review").isEqualTo(403);
        assertThat(agent.post(translation + "/publish", map()).status()).as("agents are not reviewers").isEqualTo(403);
        assertThat(customer().post(translation + "/publish", map()).status()).isEqualTo(403);
        assertThat(state(id, "ja")).isEqualTo("IN_REVIEW");
        assertThat(admin.get("/api/v1/kb/articles/" + id + "?locale=ja").json().get("localizedTitle").asString())
                .as("readers see the source while the translation is in review").startsWith("Screen share is black");

        Api.Response published = lead.post(translation + "/publish", map());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(state(id, "ja")).isEqualTo("PUBLISHED");
        assertThat(admin.get("/api/v1/kb/articles/" + id + "?locale=ja").json().get("localizedTitle").asString())
                .isEqualTo("画面共有が黒い");
        assertThat(jdbc.sql("select state from kb_article_version where article_id = ? and locale = 'ja' order by id desc limit 1")
                .param(id).query(String.class).single()).as("the approval is in the history").isEqualTo("PUBLISHED");

        Api.Response again = lead.post(translation + "/publish", map());
        assertThat(again.status()).as("only a translation in review can be approved").isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(lead.post("/api/v1/kb/articles/" + id + "/translations/de/publish", map()).status()).isEqualTo(404);
    }

    @Test
    void xliffRoundTripPublishesTheTranslation() {
        String word = "quuxel" + unique();
        long id = create("en", "Firewall ports", "Open UDP ports 3478 and 4700-5000.\n\nThen retry " + word + ".", "PUBLIC")
                .get("id").asLong();
        Api.Response exported = admin.send("GET", "/api/v1/kb/articles/" + id + "/xliff?target=ja", null, null,
                "application/xliff+xml");
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/xliff+xml");
        String translated = translateUnits(exported.body(), "ファイアウォールのポート", "UDP ポート 3478 と 4700-5000 を開きます。",
                "その後 " + word + " を再試行します。");

        Api.Response imported = admin.send("POST", "/api/v1/kb/xliff", translated, "application/xliff+xml");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("updated").get(0).get("articleId").asLong()).isEqualTo(id);
        assertThat(state(id, "ja")).isEqualTo("PUBLISHED");
        JsonNode ja = admin.get("/api/v1/kb/articles/" + id + "?locale=ja").json();
        assertThat(ja.get("localizedTitle").asString()).isEqualTo("ファイアウォールのポート");
        assertThat(searchIds(admin, "ファイアウォール", "ja")).contains(id);
    }

    /** Fills each {@code <target>} after its {@code <source>} with the texts given, in unit order. */
    static String translateUnits(String xliff, String... targets) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (String target : targets) {
            int end = xliff.indexOf("</source>", from);
            assertThat(end).as("a unit per target").isPositive();
            end += "</source>".length();
            out.append(xliff, from, end).append("<target>").append(target.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</target>");
            from = end;
        }
        return out.append(xliff.substring(from)).toString();
    }

    @Test
    void hostileOrMalformedXliffIsRefusedWith400NamingTheProblemAndNothingChanges() {
        long id = create("en", "Noise " + unique(), "Enable noise suppression.", "PUBLIC").get("id").asLong();
        String good = translateUnits(admin.send("GET", "/api/v1/kb/articles/" + id + "/xliff?target=de", null, null,
                "application/xliff+xml").body(), "Rauschen", "Rauschunterdrückung aktivieren.");

        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + good.substring(good.indexOf("<xliff"));
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + good.substring(good.indexOf("<xliff")).replace("Rauschen", "&lol2;");
        String unknownUnit = good.replace("id=\"p1\"", "id=\"p99\"");
        String truncated = good.substring(0, good.length() / 2);

        for (String hostile : List.of(xxe, laughs, unknownUnit, truncated)) {
            Api.Response r = admin.send("POST", "/api/v1/kb/xliff", hostile, "application/xliff+xml");
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().get("errors").size()).isPositive();
        }
        Api.Response unknown = admin.send("POST", "/api/v1/kb/xliff", unknownUnit, "application/xliff+xml");
        assertThat(unknown.json().get("detail").asString()).contains("p99");
        assertThat(admin.get("/api/v1/kb/articles/" + id).json().get("translations").size()).isZero();
    }

    @Test
    void customersSeeOnlyPublicArticlesAndCannotWrite() {
        String word = "hushword" + unique();
        long pub = create("en", "Public " + word, "Public text about " + word + ".", "PUBLIC").get("id").asLong();
        long internal = create("en", "Runbook " + word, "Internal runbook about " + word + ".", "INTERNAL").get("id").asLong();
        Api customer = customer();

        assertThat(searchIds(customer, word, "en")).containsExactly(pub);
        assertThat(searchIds(admin, word, "en")).contains(pub, internal);
        assertThat(customer.get("/api/v1/kb/articles/" + internal).status()).isEqualTo(404);
        assertThat(customer.get("/api/v1/kb/articles/" + pub).status()).isEqualTo(200);
        assertThat(customer.post("/api/v1/kb/articles", map("locale", "en", "title", "x", "body", "y")).status())
                .isEqualTo(403);
        assertThat(new Api(port, null).get("/api/v1/kb/search?q=" + word).status()).isEqualTo(401);
    }

    @Test
    void aPublishedCaseReviewBecomesAnInternalArticleAgentsFindAndCustomersDoNot() {
        String word = "caserev" + unique();
        UUID review = UUID.randomUUID();
        transactions.executeWithoutResult(s -> events.publishEvent(new CaseReviewPublished(review, UUID.randomUUID(),
                "Echo on Android " + word, "Root cause: the " + word + " setting disabled AEC.", "en", List.of("echo"))));

        await().atMost(Duration.ofSeconds(30)).until(() -> !searchIds(admin, word, "en").isEmpty());
        Api customer = customer();
        assertThat(searchIds(customer, word, "en")).isEmpty();
        long id = searchIds(admin, word, "en").getFirst();
        assertThat(admin.get("/api/v1/kb/articles/" + id).json().get("visibility").asString()).isEqualTo("INTERNAL");
    }

    @Test
    void badInputIsAProblemNotA500() {
        assertThat(admin.post("/api/v1/kb/articles", map("locale", "xx", "title", "t", "body", "b")).status()).isEqualTo(422);
        assertThat(admin.post("/api/v1/kb/articles", map("locale", "en", "title", "", "body", "b")).status()).isEqualTo(422);
        assertThat(admin.get("/api/v1/kb/articles/999999999").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/kb/search?q=x&locale=tlh").status()).isEqualTo(422);
        assertThat(admin.get("/api/v1/kb/search?q=x&limit=0").status()).isEqualTo(422);
        Api.Response empty = admin.send("POST", "/api/v1/kb/xliff", "", "application/xliff+xml");
        assertThat(empty.status()).isEqualTo(400);
    }
}
