package io.globaldesk.insights;

import io.globaldesk.knowledge.CaseReviewPublished;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.globaldesk.assistant.QuestionUnanswered;
import io.globaldesk.knowledge.SearchFoundNothing;
import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback loop's acceptance: about a thousand imported historical tickets over eight weeks of early 2024 (a period
 * no other test uses), assistant questions published as events, and the insights API reading them.
 */
@GlobalDeskIntegrationTest
@RecordApplicationEvents
class InsightsIntegrationTests {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final String PERIOD = "from=2024-01-01T00:00:00Z&to=2024-02-26T00:00:00Z";
    static final String LAST_WEEK = "from=2024-02-19T00:00:00Z&to=2024-02-26T00:00:00Z";
    private static boolean imported;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEvents published;
    @Autowired
    CaseReviews caseReviews;
    @Autowired
    Topics topicsService;
    Api admin;

    @BeforeEach
    void importHistoryOnce() {
        admin = Api.admin(port);
        synchronized (InsightsIntegrationTests.class) {
            if (imported) return;
            String ndjson = RtcHistory.generate("ins-", START, 1000, 40, 2024).stream().map(RtcHistory.Generated::ndjson)
                    .collect(Collectors.joining("\n"));
            Api.Response r = admin.send("POST", "/api/v1/tickets/import", ndjson, "application/x-ndjson");
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("imported").asInt()).isEqualTo(1040);
            imported = true;
        }
    }

    @Test
    void topicsOfTheImportedHistoryNameItsMainThemesInTheContractShape() {
        Api.Response r = admin.get("/api/v1/insights/topics?" + PERIOD);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> topics = new ArrayList<>();
        r.json().forEach(topics::add);
        assertThat(topics).isNotEmpty().allSatisfy(t -> {
            assertThat(t.get("label").asString()).isNotBlank();
            assertThat(t.get("keywords").isArray()).isTrue();
            assertThat(t.get("ticketCount").asInt()).isPositive();
            assertThat(t.get("exampleTicketIds").size()).isBetween(1, 5);
        });
        List<String> english = topics.stream().filter(t -> t.get("language").asString().equals("en")).limit(10)
                .map(t -> (t.get("label").asString() + " " + t.get("keywords")).toLowerCase()).toList();
        english.forEach(t -> System.out.println("en topic: " + t));
        for (String theme : List.of("echo", "token", "screen", "recording", "freez")) {
            assertThat(english).as("a top English topic about " + theme).anySatisfy(t -> assertThat(t).contains(theme));
        }
        assertThat(topics).anySatisfy(t -> assertThat(t.get("language").asString()).isEqualTo("zh"));
        assertThat(topics).anySatisfy(t -> assertThat(t.get("language").asString()).isEqualTo("ja"));
        Api.Response byLanguage = admin.get("/api/v1/insights/topics?" + PERIOD + "&language=ja");
        byLanguage.json().forEach(t -> assertThat(t.get("language").asString()).isEqualTo("ja"));
    }

    @Test
    void aThemeInjectedOnlyIntoTheLastWeekIsRising() {
        JsonNode rising = admin.get("/api/v1/insights/rising?" + LAST_WEEK).json();
        List<String> terms = new ArrayList<>();
        rising.get("terms").forEach(t -> terms.add(t.get("term").asString()));
        System.out.println("rising terms: " + terms);
        assertThat(terms.subList(0, Math.min(3, terms.size()))).contains("bluetooth");
        assertThat(rising.get("topics").get(0).get("label").asString().toLowerCase()).contains("bluetooth");
    }

    @Test
    void categoryTrendsAndSdkMentionsCoverTheHistory() {
        JsonNode weeks = admin.get("/api/v1/insights/category-trends?" + PERIOD).json();
        int total = 0;
        for (JsonNode w : weeks) total += w.get("count").asInt();
        assertThat(total).isGreaterThanOrEqualTo(1040);
        assertThat(weeks.findValuesAsString("weekStart")).contains("2024-01-01", "2024-02-19");
        JsonNode mentions = admin.get("/api/v1/insights/sdk-mentions?" + PERIOD).json();
        assertThat(mentions.get("platforms").findValuesAsString("name")).contains("Android", "iOS", "Flutter", "Windows");
        assertThat(mentions.get("versions").findValuesAsString("name")).anySatisfy(v -> assertThat(v).endsWith("4.2.1"));
    }

    @Test
    void paraphrasedUnansweredQuestionsGroupIntoOneGap() throws Exception {
        Instant now = Instant.now();
        List<String> paraphrases = List.of("How do I mirror the local preview on Flutter?",
                "mirror local preview flutter", "Can I turn off mirroring of the local camera preview in Flutter?",
                "flutter: local preview is mirrored, how to disable mirroring");
        String search = "mirrored local preview flutter";
        // the listeners run asynchronously, in any order: whichever text is filed first stands for the gap
        List<String> asked = new java.util.ArrayList<>(paraphrases);
        asked.add(search);
        transactions.executeWithoutResult(s -> {
            for (int i = 0; i < paraphrases.size(); i++) {
                events.publishEvent(new QuestionUnanswered(UUID.randomUUID(), null, paraphrases.get(i), "en", "NO_ANSWER", now.plusSeconds(i)));
            }
            events.publishEvent(new SearchFoundNothing(search, "en", now.plusSeconds(10)));
            events.publishEvent(new QuestionUnanswered(UUID.randomUUID(), null, "Which regions host the TURN relay servers?", "en", "DOWNVOTED", now));
        });
        JsonNode gap = null;
        for (int attempt = 0; attempt < 300 && gap == null; attempt++) {
            for (JsonNode g : admin.get("/api/v1/insights/doc-gaps?language=en").json()) {
                if (asked.contains(g.get("question").asString()) && g.get("count").asInt() == 5) gap = g;
            }
            if (gap == null) Thread.sleep(100);
        }
        assertThat(gap).as("one gap holding the four paraphrases and the search").isNotNull();
        assertThat(Instant.parse(gap.get("lastAskedAt").asString())).isCloseTo(now.plusSeconds(10), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        JsonNode all = admin.get("/api/v1/insights/doc-gaps").json();
        assertThat(all.findValuesAsString("question")).filteredOn(asked::contains).hasSize(1);
        assertThat(all.findValuesAsString("question")).contains("Which regions host the TURN relay servers?");
        JsonNode draft = admin.get("/api/v1/insights/doc-gaps/" + gap.get("id").asLong() + "/draft").json();
        assertThat(draft.get("locale").asString()).isEqualTo("en");
        assertThat(draft.get("title").asString()).isEqualTo(gap.get("question").asString());
        assertThat(draft.get("body").asString()).contains("## How customers asked", "mirror local preview flutter");
        assertThat(admin.get("/api/v1/insights/doc-gaps/999999999/draft").status()).isEqualTo(404);
    }

    @Test
    void classificationOfHeldOutTicketsIsPrinted() {
        List<RtcHistory.Generated> heldOut = RtcHistory.generate("held-", START, 200, 0, 777);
        int right = 0;
        for (RtcHistory.Generated g : heldOut) {
            JsonNode c = admin.post("/api/v1/tickets/classify", map("subject", g.subject(), "body", g.body())).json();
            if (c.get("category").asString().equals(g.category())) right++;
        }
        double accuracy = right / (double) heldOut.size();
        System.out.printf("classification accuracy on %d held-out generated tickets: %.3f%n", heldOut.size(), accuracy);
        assertThat(accuracy).isGreaterThan(0.6);
    }

    @Test
    void feedbackItemsCarryTheirEvidenceMoveThroughStatusesAndExportAsCsv() {
        JsonNode topic = admin.get("/api/v1/insights/topics?" + PERIOD).json().get(0);
        List<String> evidence = topic.get("exampleTicketIds").findValuesAsString("");
        List<String> ids = new ArrayList<>();
        topic.get("exampleTicketIds").forEach(id -> ids.add(id.asString()));
        Api.Response created = admin.post("/api/v1/insights/feedback-items", map("title", "=Echo cancellation on speakerphone, " + UUID.randomUUID(),
                "description", "customers keep asking", "ownerTeam", "RND", "sourceType", "TOPIC",
                "sourceRef", topic.get("label").asString(), "evidenceTicketIds", ids, "evidenceCount", topic.get("ticketCount").asInt()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode item = created.json();
        assertThat(item.get("status").asString()).isEqualTo("OPEN");
        assertThat(item.get("evidenceCount").asInt()).isEqualTo(topic.get("ticketCount").asInt());
        assertThat(item.get("evidenceTicketIds").size()).isEqualTo(ids.size());
        String id = item.get("id").asString();
        Api.Response done = admin.put("/api/v1/insights/feedback-items/" + id, map("title", item.get("title").asString(),
                "ownerTeam", "RND", "status", "DONE"));
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        Api.Response back = admin.put("/api/v1/insights/feedback-items/" + id, map("title", "x", "ownerTeam", "RND", "status", "PLANNED"));
        assertThat(back.status()).isEqualTo(409);
        Api.Response csv = admin.send("GET", "/api/v1/insights/feedback-items/export", null, null, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,title,").contains(id).contains("\"'=Echo cancellation on speakerphone, ");
        Api.Response fromTicket = admin.post("/api/v1/insights/feedback-items", map("title", "Ticket item", "ownerTeam", "PRODUCT",
                "sourceType", "TICKET", "sourceRef", ids.getFirst()));
        assertThat(fromTicket.status()).isEqualTo(201);
        assertThat(fromTicket.json().get("evidenceTicketIds").get(0).asString()).isEqualTo(ids.getFirst());
        assertThat(evidence).isNotNull();
    }

    @Test
    void badFeedbackItemsAndPeriodsAreProblemsNotErrors() {
        Api.Response missing = admin.post("/api/v1/insights/feedback-items", map("ownerTeam", "RND", "sourceType", "TOPIC", "sourceRef", "x"));
        assertThat(missing.status()).isIn(400, 422);
        assertThat(missing.isProblem()).isTrue();
        assertThat(missing.json().get("errors").findValuesAsString("field")).contains("title");
        Api.Response badTeam = admin.post("/api/v1/insights/feedback-items", "{\"title\":\"t\",\"ownerTeam\":\"SALES\",\"sourceType\":\"TOPIC\",\"sourceRef\":\"x\"}");
        assertThat(badTeam.status()).isBetween(400, 422);
        Api.Response unknownTicket = admin.post("/api/v1/insights/feedback-items", map("title", "t", "ownerTeam", "RND",
                "sourceType", "TICKET", "sourceRef", UUID.randomUUID().toString()));
        assertThat(unknownTicket.status()).isIn(400, 422);
        Api.Response badGap = admin.post("/api/v1/insights/feedback-items", map("title", "t", "ownerTeam", "DOCS",
                "sourceType", "GAP", "sourceRef", "not-a-number"));
        assertThat(badGap.status()).isIn(400, 422);
        Api.Response badFrom = admin.get("/api/v1/insights/topics?from=yesterday&to=2024-02-26T00:00:00Z");
        assertThat(badFrom.status()).isIn(400, 422);
        assertThat(badFrom.json().get("errors").findValuesAsString("field")).contains("from");
        assertThat(admin.get("/api/v1/insights/topics?from=2024-02-26T00:00:00Z&to=2024-01-01T00:00:00Z").status()).isIn(400, 422);
        assertThat(admin.get("/api/v1/insights/satisfaction?by=PLANET").status()).isIn(400, 422);
        assertThat(admin.get("/api/v1/insights/feedback-items/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void customersCannotReadInsights() {
        String org = admin.get("/api/v1/organizations").json().get(0).get("id").asString();
        String other = admin.get("/api/v1/organizations").json().get(1).get("id").asString();
        String token = admin.post("/api/v1/api-tokens", map("name", "c", "role", "CUSTOMER", "organizationId", org)).json().get("token").asString();
        Api customer = admin.as(token);
        assertThat(customer.get("/api/v1/insights/topics?" + PERIOD).status()).isEqualTo(403);
        assertThat(customer.get("/api/v1/insights/doc-gaps").status()).isEqualTo(403);
        assertThat(customer.get("/api/v1/insights/feedback-items").status()).isEqualTo(403);
        assertThat(customer.get("/api/v1/insights/organizations/" + org + "/satisfaction-trend").status()).isEqualTo(200);
        assertThat(customer.get("/api/v1/insights/organizations/" + other + "/satisfaction-trend").status()).isEqualTo(404);
    }

    @Test
    void satisfactionIsGroupedWithCommentsAndTrendedPerOrganization() {
        String org = admin.get("/api/v1/organizations").json().get(2).get("id").asString();
        String mark = UUID.randomUUID().toString();
        List<String> tickets = new ArrayList<>();
        for (int score : new int[] {5, 4, 2}) {
            Api.Response t = admin.post("/api/v1/tickets", map("organizationId", org, "requester", map("name", "Ana", "email", "ana@example.com"),
                    "subject", "Echo in calls " + mark, "body", "We hear echo on Android SDK 4.2.1", "channel", "WEB"));
            assertThat(t.status()).as(t.toString()).isEqualTo(201);
            String id = t.json().get("id").asString();
            tickets.add(id);
            assertThat(admin.post("/api/v1/tickets/" + id + "/satisfaction", map("score", score, "comment", "comment " + score + " " + mark)).status()).isEqualTo(201);
        }
        JsonNode byOrg = admin.get("/api/v1/insights/satisfaction?by=ORGANIZATION").json();
        JsonNode mine = null;
        for (JsonNode c : byOrg) if (c.get("key").asString().equals(org)) mine = c;
        assertThat(mine).isNotNull();
        assertThat(mine.get("ratings").asInt()).isGreaterThanOrEqualTo(3);
        for (String by : List.of("REGION", "CENTER", "CATEGORY", "AGENT", "WEEK")) {
            Api.Response r = admin.get("/api/v1/insights/satisfaction?by=" + by);
            assertThat(r.status()).as(by).isEqualTo(200);
            assertThat(r.json().size()).as(by).isPositive();
        }
        JsonNode complaints = admin.get("/api/v1/insights/satisfaction/comments?maxScore=2&limit=200").json();
        assertThat(complaints.findValuesAsString("comment")).contains("comment 2 " + mark).doesNotContain("comment 5 " + mark);
        JsonNode trend = admin.get("/api/v1/insights/organizations/" + org + "/satisfaction-trend?weeks=4").json();
        assertThat(trend.size()).isEqualTo(4);
        JsonNode thisWeek = trend.get(3);
        assertThat(thisWeek.get("ratings").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(admin.get("/api/v1/insights/organizations/" + org + "/satisfaction-trend?weeks=0").status()).isIn(400, 422);
    }

    @Test
    void aCaseReviewIsPublishedInOneActionAndDiscussedWithMentionsAcrossCenters() {
        JsonNode examples = admin.get("/api/v1/insights/topics?" + PERIOD).json().get(1).get("exampleTicketIds");
        Api.Response r = admin.post("/api/v1/insights/case-reviews", map("ticketId", examples.get(0).asString(),
                "problem", "Echo on speakerphone", "rootCause", "AEC disabled by the app", "resolution", "Enable AEC",
                "lessons", "Check audio profile first", "locale", "en", "tags", List.of("audio")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("ticketNumber").asLong()).isPositive();
        assertThat(admin.post("/api/v1/insights/case-reviews", map("ticketId", examples.get(0).asString(), "problem", "p",
                "rootCause", "c", "resolution", "r", "lessons", "l")).status()).isEqualTo(409);

        // the same action in this thread, where the test records the events it publishes
        CaseReview direct = caseReviews.publish(UUID.fromString(examples.get(1).asString()), new CaseReviews.Draft(null,
                "No audio", "Bluetooth route", "Force the route", "Ask for the headset model", "ja", List.of("audio")), "Lead");
        CaseReviewPublished event = published.stream(CaseReviewPublished.class)
                .filter(e -> e.reviewId().equals(direct.id())).findFirst().orElseThrow();
        assertThat(event.markdown()).contains("## 根本原因", "Bluetooth route", "## 教訓");
        assertThat(event.locale()).isEqualTo("ja");
        assertThat(event.tags()).contains("audio", "case-review");

        CaseReview.Comment comment = caseReviews.comment(direct.id(),
                "@yuki.tanaka @siobhan.murphy saw this in APAC and EMEA too; @nobody.here is not an agent", "Lead");
        assertThat(comment.mentions()).extracting(CaseReview.Mention::supportCenter).containsExactlyInAnyOrder("APAC", "EMEA");
        assertThat(published.stream(AgentMentioned.class).filter(e -> e.subjectId().equals(direct.id().toString())).count()).isEqualTo(2);
        Api.Response viaApi = admin.post("/api/v1/insights/case-reviews/" + direct.id() + "/comments", map("body", "thanks @emily.johnson"));
        assertThat(viaApi.status()).isEqualTo(201);
        assertThat(viaApi.json().get("mentions").findValuesAsString("supportCenter")).containsExactly("AMER");
        assertThat(admin.get("/api/v1/insights/case-reviews/" + direct.id() + "/comments").json().size()).isEqualTo(2);

        String review = r.json().get("id").asString();
        assertThat(admin.put("/api/v1/insights/case-reviews/" + review + "/case-of-week", map("week", "2026-11-26")).status()).isEqualTo(200);
        JsonNode week = admin.get("/api/v1/insights/cases-of-the-week?week=2026-11-23").json();
        assertThat(week.findValuesAsString("id")).contains(review).doesNotContain(direct.id().toString());
    }

    @Test
    void relatedTicketsOfARecentTicketDescribeTheSameProblem() {
        String org = admin.get("/api/v1/organizations").json().get(4).get("id").asString();
        String mark = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (String subject : List.of("Screen sharing shows black screen", "Black screen when screen sharing", "Invoice lists wrong minutes")) {
            ids.add(admin.post("/api/v1/tickets", map("organizationId", org, "requester", map("name", "A", "email", "a@example.com"),
                    "subject", subject + " " + mark, "body", subject, "channel", "WEB")).json().get("id").asString());
        }
        topicsService.warmDefaultPeriod();
        JsonNode related = admin.get("/api/v1/insights/tickets/" + ids.getFirst() + "/related").json();
        List<String> relatedIds = new ArrayList<>();
        related.forEach(id -> relatedIds.add(id.asString()));
        assertThat(relatedIds).contains(ids.get(1)).doesNotContain(ids.getFirst(), ids.get(2));
        assertThat(admin.get("/api/v1/insights/tickets/" + UUID.randomUUID() + "/related").status()).isEqualTo(404);
    }

    @Test
    void anOpenTicketCannotBeReviewed() {
        String org = admin.get("/api/v1/organizations").json().get(3).get("id").asString();
        String id = admin.post("/api/v1/tickets", map("organizationId", org, "requester", map("name", "A", "email", "a@example.com"),
                "subject", "Video freezes", "body", "Video freezes", "channel", "WEB")).json().get("id").asString();
        Api.Response r = admin.post("/api/v1/insights/case-reviews", map("ticketId", id, "problem", "p", "rootCause", "c",
                "resolution", "r", "lessons", "l"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(admin.post("/api/v1/insights/case-reviews", map("ticketId", UUID.randomUUID().toString(), "problem", "p",
                "rootCause", "c", "resolution", "r", "lessons", "l")).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/insights/case-reviews", map("ticketId", id)).status()).isIn(400, 422);
    }
}
