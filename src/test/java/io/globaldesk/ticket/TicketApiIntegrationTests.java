package io.globaldesk.ticket;

import java.util.List;
import java.util.UUID;

import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

@GlobalDeskIntegrationTest
class TicketApiIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
    }

    String organization(String country, String locale, String tier) {
        return admin.post("/api/v1/organizations", map("name", "Org " + UUID.randomUUID(), "country", country, "locale", locale,
                "tier", tier, "appIds", List.of("app-" + UUID.randomUUID()))).json().get("id").asString();
    }

    String customerToken(String organization) {
        return admin.post("/api/v1/api-tokens", map("name", "c", "role", "CUSTOMER", "organizationId", organization))
                .json().get("token").asString();
    }

    JsonNode open(Api api, String organization, String subject, String body) {
        Api.Response r = api.post("/api/v1/tickets", map("organizationId", organization, "requester",
                map("name", "Ken", "email", "ken@example.jp"), "subject", subject, "body", body, "channel", "WEB"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Test
    void aNewTicketIsClassifiedRoutedAndGetsItsSlaDueTimes() {
        String org = organization("JP", "ja-JP", "ENTERPRISE");
        JsonNode ticket = open(admin, org, "映像が止まる", "通話中に相手の映像が数秒ごとに止まります。全ユーザーで発生しています。");
        assertThat(ticket.get("number").asLong()).isPositive();
        assertThat(ticket.get("language").asString()).isEqualTo("ja");
        assertThat(ticket.get("category").asString()).isEqualTo("video");
        assertThat(ticket.get("severity").asString()).isIn("S1", "S2");
        assertThat(ticket.get("status").asString()).isIn("NEW", "OPEN");
        assertThat(ticket.get("routing").get("reasons")).isNotEmpty();
        assertThat(ticket.get("sla").get("firstResponseDueAt").isNull()).isFalse();
        assertThat(ticket.get("sla").get("resolutionDueAt").isNull()).isFalse();
        assertThat(ticket.get("supportCenter").isNull()).isFalse();
    }

    @Test
    void conversationStatesAndSatisfaction() {
        String org = organization("US", "en-US", "PREMIUM");
        Api customer = admin.as(customerToken(org));
        JsonNode ticket = open(customer, org, "No audio on iOS", "Remote users cannot hear our iOS users after the update.");
        String id = ticket.get("id").asString();

        assertThat(admin.post("/api/v1/tickets/" + id + "/articles", map("body", "Which SDK version?", "internal", false)).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/tickets/" + id + "/articles", map("body", "Probably AVAudioSession", "internal", true)).status()).isEqualTo(201);
        JsonNode pending = admin.post("/api/v1/tickets/" + id + "/status", map("status", "PENDING_CUSTOMER")).json();
        assertThat(pending.get("sla").get("paused").asBoolean()).isTrue();

        JsonNode asCustomer = customer.get("/api/v1/tickets/" + id).json();
        assertThat(asCustomer.get("articles")).hasSize(2);
        assertThat(asCustomer.get("articles").toString()).doesNotContain("AVAudioSession");
        assertThat(asCustomer.get("routing").get("reasons")).isEmpty();

        customer.post("/api/v1/tickets/" + id + "/articles", map("body", "4.5.1 on iOS 18", "internal", false));
        JsonNode reopened = admin.get("/api/v1/tickets/" + id).json();
        assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.get("firstRespondedAt").isNull()).isFalse();
        assertThat(reopened.get("sla").get("paused").asBoolean()).isFalse();

        assertThat(admin.post("/api/v1/tickets/" + id + "/status", map("status", "SOLVED")).json().get("status").asString()).isEqualTo("SOLVED");
        assertThat(customer.post("/api/v1/tickets/" + id + "/satisfaction", map("score", 5, "comment", "great")).status()).isEqualTo(201);
        assertThat(jdbc.sql("select score from ticket_satisfaction where ticket_id = ?::uuid").param(id).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void aCustomerCannotSeeAnotherOrganizationsTicket() {
        String mine = organization("DE", "de-DE", "STANDARD");
        String other = organization("FR", "fr-FR", "STANDARD");
        String foreign = open(admin, other, "Écho", "Nous entendons de l'écho pendant les appels.").get("id").asString();
        Api customer = admin.as(customerToken(mine));
        Api.Response r = customer.get("/api/v1/tickets/" + foreign);
        assertThat(r.status()).isEqualTo(404);
        assertThat(customer.post("/api/v1/tickets/" + foreign + "/articles", map("body", "hi")).status()).isEqualTo(404);
        assertThat(customer.post("/api/v1/tickets", map("organizationId", other, "subject", "x", "body", "y", "channel", "WEB")).status())
                .isEqualTo(422);
    }

    @Test
    void importedHistoryIsStoredUnroutedAndBadLinesAreReported() {
        String ndjson = """
                {"externalId":"imp-%1$s-1","subject":"Invoice twice","body":"We were charged twice this month","category":"billing","createdAt":"2026-10-01T00:00:00Z","solvedAt":"2026-10-02T00:00:00Z"}
                {bad json
                {"externalId":"imp-%1$s-2","subject":"x","body":"y","category":"astrology","createdAt":"2026-10-01T00:00:00Z"}
                {"externalId":"imp-%1$s-3","subject":"x","body":"y","category":"audio","createdAt":"yesterday"}
                {"externalId":"imp-%1$s-1","subject":"dup","body":"dup","category":"billing","createdAt":"2026-10-01T00:00:00Z"}
                {"subject":"no id","body":"y","category":"audio","createdAt":"2026-10-01T00:00:00Z"}
                """.formatted(UUID.randomUUID());
        Api.Response r = admin.send("POST", "/api/v1/tickets/import", ndjson, "application/x-ndjson");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode result = r.json();
        assertThat(result.get("imported").asInt()).isEqualTo(1);
        assertThat(result.get("rejected").asInt()).isEqualTo(5);
        assertThat(result.get("errors").valueStream().map(e -> e.get("line").asInt()).toList()).containsExactly(2, 3, 4, 5, 6);
        assertThat(result.get("errors").toString()).contains("astrology").contains("ISO-8601").contains("imported already")
                .contains("externalId is missing");
        Integer routed = jdbc.sql("select count(*) from ticket where external_id like 'imp-%' and (assignee_agent_id is not null or sla_started_at is not null)")
                .query(Integer.class).single();
        assertThat(routed).isZero();
    }

    @Test
    void classifyAnswersCategoryConfidenceAndLanguage() {
        JsonNode c = admin.post("/api/v1/tickets/classify", map("subject", "Rechnung", "body", "Wir wurden diesen Monat doppelt belastet, bitte Rechnung prüfen.")).json();
        assertThat(c.get("category").asString()).isEqualTo("billing");
        assertThat(c.get("language").asString()).isEqualTo("de");
        assertThat(c.get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void badInputIsRefusedAndNothingIsHalfWritten() {
        String org = organization("GB", "en-GB", "STANDARD");
        long before = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        for (Object body : List.of(
                map("organizationId", UUID.randomUUID().toString(), "subject", "s", "body", "b", "channel", "WEB"),
                map("organizationId", org, "subject", "s", "body", "", "channel", "WEB"),
                map("organizationId", org, "subject", "s", "body", "b", "channel", "WEB", "severity", "S9"),
                map("organizationId", org, "subject", "s", "body", "b".repeat(100_001), "channel", "WEB"),
                map("organizationId", org, "subject", "s", "body", "b", "channel", "FAX"),
                map("organizationId", org, "subject", "s", "body", "b", "channel", "WEB", "category", "astrology"))) {
            Api.Response r = admin.post("/api/v1/tickets", body);
            assertThat(r.status()).as(r.toString()).isIn(400, 422);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from ticket").query(Long.class).single()).isEqualTo(before);
    }
}
