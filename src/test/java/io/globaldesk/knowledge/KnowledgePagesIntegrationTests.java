package io.globaldesk.knowledge;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.globaldesk.support.Api;
import io.globaldesk.support.Browser;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.globaldesk.support.Api.map;
import static io.globaldesk.support.Browser.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The public help center without signing in, the demo knowledge base and the staff workflow pages. */
@GlobalDeskIntegrationTest
class KnowledgePagesIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    KnowledgeBase knowledgeBase;
    @Autowired
    KnowledgeSearch search;

    final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void theDemoKnowledgeBaseIsLoadedWithOutdatedTranslationsAndTheTermbase() {
        KnowledgeArticle echo = knowledgeBase.findByExternalId("audio-echo").orElseThrow();
        assertThat(echo.revision()).isEqualTo(2);
        assertThat(echo.locale("ja").orElseThrow().state()).isEqualTo(TranslationState.OUTDATED);
        assertThat(echo.locale("zh").orElseThrow().state()).isEqualTo(TranslationState.PUBLISHED);
        assertThat(knowledgeBase.findByExternalId("internal-log-collection").orElseThrow().visibility())
                .isEqualTo(Visibility.INTERNAL);
        assertThat(knowledgeBase.list(Audience.AGENT, 0, 1000).stream().filter(a -> !a.externalId().startsWith("case-review")
                && a.locales().size() >= 1).count()).isGreaterThanOrEqualTo(47);
        // found in Japanese where the translation is published, in English (fallback) where it is outdated
        assertThat(search.search("黒い画面", "ja", Audience.CUSTOMER, 5)).extracting(SearchHit::externalId)
                .contains("video-black-screen");
    }

    @Test
    void helpCenterPagesRenderWithoutSignInAndNeverShowInternalArticles() throws Exception {
        Browser anonymous = new Browser(port);
        HttpResponse<String> home = anonymous.get("/help/en");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Fixing echo in voice calls").doesNotContain("Internal: service credits");

        HttpResponse<String> article = anonymous.get("/help/en/audio-echo-fixing-echo-in-voice-calls");
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("<h1>Fixing echo in voice calls</h1>").contains("/help/zh/audio-echo");

        assertThat(anonymous.get("/help/en/internal-credit-refund-policy").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/help/en?q=" + enc("service credits refunds outage")).body())
                .doesNotContain("internal-credit-refund-policy");

        HttpResponse<String> outdated = anonymous.get("/help/ja/audio-echo");
        assertThat(outdated.body()).contains("Fixing echo in voice calls").contains("The translation of this article is being updated");
        HttpResponse<String> japanese = anonymous.get("/help/ja/video-black-screen");
        assertThat(japanese.body()).contains("リモート映像が表示されず黒い画面になる");

        HttpResponse<String> results = anonymous.get("/help/en?q=echo");
        assertThat(results.body()).contains("<mark>").contains("/help/en/audio-echo");
        assertThat(anonymous.get("/help/en/suggest?q=ech").body()).contains("Fixing echo in voice calls").doesNotContain("<html");
        assertThat(anonymous.get("/help/xx").statusCode()).isEqualTo(404);
    }

    @Test
    void anAnonymousReaderCanVoteAndArticleHtmlIsSanitised() throws Exception {
        Api admin = Api.admin(port);
        Api.Response created = admin.post("/api/v1/kb/articles", map("externalId", "xss-" + run, "locale", "en", "title",
                "Hostile " + run, "body", "Hello <script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>",
                "visibility", "PUBLIC"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        Browser anonymous = new Browser(port);
        HttpResponse<String> page = anonymous.get("/help/en/xss-" + run);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("javascript:alert").doesNotContain("onerror");

        HttpResponse<String> vote = anonymous.post("/help/en/xss-" + run + "/vote", "helpful=true", Browser.csrfMeta(page.body()));
        assertThat(vote.statusCode()).isEqualTo(302);
        assertThat(vote.headers().firstValue("Location").orElseThrow()).contains("voted");
        Browser agent = new Browser(port).signIn("yuki.tanaka@globaldesk.demo");
        assertThat(agent.get("/kb/articles/" + id + "?lang=en").body()).contains("en: 1 yes, 0 no");
    }

    @Test
    void staffWorkThroughTheWorkflowPagesAndCustomersCannot() throws Exception {
        Browser agent = new Browser(port).signIn("siobhan.murphy@globaldesk.demo");
        HttpResponse<String> list = agent.get("/kb");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Fixing echo in voice calls").contains("state-OUTDATED");
        String csrf = Browser.csrfMeta(list.body());

        HttpResponse<String> created = agent.post("/kb/articles", "locale=en&title=" + enc("Page article " + run)
                + "&body=" + enc("Body of " + run) + "&category=audio&visibility=PUBLIC", csrf);
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        HttpResponse<String> translated = agent.post("/kb/articles/" + id + "/translations/de",
                "title=" + enc("Seitenartikel " + run) + "&body=" + enc("Text von " + run), csrf);
        assertThat(translated.statusCode()).isEqualTo(302);
        assertThat(knowledgeBase.get(id).locale("de").orElseThrow().state()).isEqualTo(TranslationState.PUBLISHED);
        assertThat(agent.get("/kb/articles/" + id + "/translations/de").body()).contains("Seitenartikel " + run);

        HttpResponse<String> preview = agent.post("/kb/preview", "body=" + enc("**bold** <script>x()</script>"), csrf);
        assertThat(preview.body()).contains("<strong>bold</strong>").doesNotContain("<script>");

        HttpResponse<String> coverage = agent.get("/kb/coverage");
        assertThat(coverage.body()).contains("id=\"coverage-chart\"").contains("data-published=").contains("/js/kb-coverage.js");
        assertThat(agent.get("/kb/terms").body()).contains("echo cancellation");
        assertThat(agent.get("/kb/articles/" + id + "/xliff?target=ja").body()).contains("urn:oasis:names:tc:xliff:document:2.0");
        assertThat(agent.post("/kb/index/rebuild", "", csrf).statusCode()).as("agents cannot rebuild").isEqualTo(403);

        Browser customer = new Browser(port).signIn("ken.watanabe@sakura-live.demo");
        assertThat(customer.get("/kb").statusCode()).isEqualTo(403);
    }

    @Test
    void aLeadPublishesATranslationInReviewFromItsPageAndAnAgentCannot() throws Exception {
        long id = knowledgeBase.create(new NewArticle(null, "en", "Review page " + run, "Body " + run, "audio", List.of(),
                Visibility.PUBLIC, List.of(), null), "test").id();
        knowledgeBase.saveTranslation(id, "fr", "Page relue " + run, "Texte " + run, TranslationState.IN_REVIEW, "test");
        String page = "/kb/articles/" + id + "/translations/fr";
        String action = page + "/publish";

        Browser agent = new Browser(port).signIn("siobhan.murphy@globaldesk.demo");
        HttpResponse<String> agentView = agent.get(page);
        assertThat(agentView.body()).doesNotContain(action);
        assertThat(agent.post(action, "", Browser.csrfMeta(agentView.body())).statusCode()).isEqualTo(403);
        assertThat(knowledgeBase.get(id).locale("fr").orElseThrow().state()).isEqualTo(TranslationState.IN_REVIEW);

        Browser lead = new Browser(port).signIn("lead@globaldesk.demo");
        HttpResponse<String> leadView = lead.get(page);
        assertThat(leadView.body()).contains("action=\"" + action + "\"").contains("Publish reviewed translation");
        HttpResponse<String> published = lead.submit(page, action, "x=1");
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(knowledgeBase.get(id).locale("fr").orElseThrow().state()).isEqualTo(TranslationState.PUBLISHED);
        assertThat(lead.get(page).body()).doesNotContain(action).contains("Published");
    }

    @Test
    void anAdminRebuildsTheIndexWithProgressAndSearchStillFindsArticles() throws Exception {
        Browser admin = new Browser(port).signIn("admin@globaldesk.demo");
        HttpResponse<String> page = admin.get("/kb/index");
        assertThat(page.body()).contains("hx-post=\"/kb/index/rebuild\"");
        HttpResponse<String> started = admin.post("/kb/index/rebuild", "", Browser.csrfMeta(page.body()));
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("kb-index-status").doesNotContain("<html");
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/kb/index/status").body().contains("The index is ready"));
        assertThat(search.search("echo", "en", Audience.CUSTOMER, 10)).extracting(SearchHit::externalId).contains("audio-echo");
    }
}
