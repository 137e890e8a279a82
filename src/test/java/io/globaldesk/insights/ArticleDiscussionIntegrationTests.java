package io.globaldesk.insights;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.globaldesk.notification.Notifications;
import io.globaldesk.notification.OutboxStatus;
import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Agents of different centers discuss a knowledge article; whoever is @mentioned is told by e-mail in their language. */
@GlobalDeskIntegrationTest
@RecordApplicationEvents
class ArticleDiscussionIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ArticleDiscussions discussions;
    @Autowired
    ApplicationEvents published;
    @Autowired
    Notifications notifications;
    Api admin;

    @BeforeEach
    void admin() {
        admin = Api.admin(port);
    }

    long internalArticle() {
        Api.Response r = admin.post("/api/v1/kb/articles", map("locale", "en", "title", "Echo with Bluetooth car kits " + UUID.randomUUID(),
                "body", "Turn on hardware echo cancellation.", "tags", List.of("audio"), "visibility", "INTERNAL"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void anArticleIsDiscussedAcrossCentersAndMentionedAgentsAreToldByMail() {
        java.time.Instant start = java.time.Instant.now();
        long article = internalArticle();
        Api.Response first = admin.post("/api/v1/insights/articles/" + article + "/comments",
                map("body", "@yuki.tanaka @siobhan.murphy is this still right for SDK 4? (mail me at lead@example.com, not @nobody.here)"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("mentions").findValuesAsString("supportCenter")).containsExactlyInAnyOrder("APAC", "EMEA");

        ArticleComment second = discussions.comment(article, "Yes, @YUKI.TANAKA confirmed it", "Lead");
        assertThat(second.mentions()).extracting(CaseReview.Mention::name).containsExactly("Yuki Tanaka");
        assertThat(published.stream(AgentMentioned.class).filter(e -> e.commentId().equals(second.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.subject()).isEqualTo(AgentMentioned.Subject.ARTICLE);
                    assertThat(e.subjectId()).isEqualTo(Long.toString(article));
                });

        JsonNode thread = admin.get("/api/v1/insights/articles/" + article + "/comments").json();
        assertThat(thread.size()).isEqualTo(2);
        assertThat(thread.get(0).get("body").asString()).startsWith("@yuki.tanaka");

        // Yuki works in Japanese first, Siobhan in English: three mails, one per comment and mentioned agent
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<OutboxStatus> mails = notifications.recent(500).stream()
                    .filter(m -> m.channel() == OutboxStatus.Channel.EMAIL && !m.createdAt().isBefore(start)).toList();
            assertThat(mails.stream().filter(m -> m.recipient().startsWith("yuki.tanaka@"))
                    .filter(m -> m.subject().contains("ナレッジ記事"))).hasSize(2);
            assertThat(mails.stream().filter(m -> m.recipient().startsWith("siobhan.murphy@"))
                    .filter(m -> m.subject().contains("mentioned you in a comment on an article"))).hasSize(1);
        });
    }

    @Test
    void unknownArticlesBlankCommentsAndCustomersAreRefused() {
        long article = internalArticle();
        assertThat(admin.post("/api/v1/insights/articles/987654321/comments", map("body", "hello")).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/insights/articles/987654321/comments").status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/insights/articles/" + article + "/comments", map("body", " ")).status()).isEqualTo(422);
        assertThat(admin.post("/api/v1/insights/articles/not-a-number/comments", map("body", "x")).status()).isEqualTo(400);

        String org = admin.get("/api/v1/organizations").json().get(0).get("id").asString();
        String token = admin.post("/api/v1/api-tokens", map("name", "c", "role", "CUSTOMER", "organizationId", org)).json().get("token").asString();
        Api customer = admin.as(token);
        assertThat(customer.get("/api/v1/insights/articles/" + article + "/comments").status()).isEqualTo(403);
        assertThat(customer.post("/api/v1/insights/articles/" + article + "/comments", map("body", "hi")).status()).isEqualTo(403);
    }
}
