package io.globaldesk.ticket;

import java.util.List;
import java.util.UUID;

import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The routing acceptance scenarios through POST /api/v1/routing/preview, on the demo centers and agents. */
@GlobalDeskIntegrationTest
class RoutingPreviewIntegrationTests {

    @LocalServerPort
    int port;
    Api admin;
    String german;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
        german = admin.post("/api/v1/organizations", map("name", "Preview GmbH " + UUID.randomUUID(), "country", "DE",
                "locale", "de-DE", "tier", "PREMIUM")).json().get("id").asString();
    }

    JsonNode preview(String organization, String language, String at) {
        Api.Response r = admin.post("/api/v1/routing/preview", map("organizationId", organization, "subject", "Video",
                "body", "Remote video freezes", "severity", "S3", "category", "video", "language", language, "at", at));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    String centerOf(JsonNode preview) {
        String id = preview.get("assignee").get("id").asString();
        return admin.get("/api/v1/agents/" + id).json().get("supportCenter").asString();
    }

    @Test
    void aGermanTicketAtThreeUtcGoesToApacAndAtTenToEmea() {
        JsonNode night = preview(german, "de", "2026-12-02T03:00:00Z");
        assertThat(night.get("queued").asBoolean()).isFalse();
        assertThat(centerOf(night)).isEqualTo("APAC");
        assertThat(night.get("candidates")).isNotEmpty();
        JsonNode morning = preview(german, "de", "2026-12-02T10:00:00Z");
        assertThat(centerOf(morning)).isEqualTo("EMEA");
    }

    @Test
    void aJapaneseTicketPrefersAnOnShiftJapaneseSpeaker() {
        // tickets opened by other tests of this context may have filled the demo's Japanese speakers; this one has room
        String speaker = admin.post("/api/v1/agents", map("name", "Japanese Speaker", "email", UUID.randomUUID() + "@v.example",
                "supportCenter", "APAC", "languages", List.of("ja"), "skills", List.of("video"), "capacity", 5))
                .json().get("id").asString();
        try {
            JsonNode p = preview(german, "ja", "2026-12-02T03:00:00Z");
            String id = p.get("assignee").get("id").asString();
            assertThat(admin.get("/api/v1/agents/" + id).json().get("languages").toString()).contains("ja");
        } finally {
            admin.post("/api/v1/agents/" + speaker + "/deactivate", "");
        }
    }

    @Test
    void anAgentAtCapacityIsExcludedWithThatReason() {
        String full = admin.post("/api/v1/agents", map("name", "Full Agent", "email", UUID.randomUUID() + "@v.example",
                "supportCenter", "APAC", "languages", List.of("de", "ja"), "skills", List.of("video"), "capacity", 0))
                .json().get("id").asString();
        JsonNode p = preview(german, "de", "2026-12-02T03:00:00Z");
        JsonNode candidate = null;
        for (JsonNode c : p.get("candidates")) if (c.get("agentId").asString().equals(full)) candidate = c;
        assertThat(candidate).isNotNull();
        assertThat(candidate.get("excludedBecause").asString()).containsIgnoringCase("capacity");
        admin.post("/api/v1/agents/" + full + "/deactivate", "");
    }

    @Test
    void onACentersHolidayNoOneThereIsEligible() {
        // Deepavali (observed), Monday 2026-11-09, 03:00 UTC = 11:00 in Singapore
        JsonNode p = preview(german, "en", "2026-11-09T03:00:00Z");
        String apacAgent = admin.get("/api/v1/agents").json().valueStream()
                .filter(a -> a.get("supportCenter").asString().equals("APAC")).findFirst().orElseThrow().get("id").asString();
        for (JsonNode c : p.get("candidates")) {
            if (c.get("agentId").asString().equals(apacAgent)) {
                assertThat(c.get("excludedBecause").asString()).containsIgnoringCase("holiday");
            }
        }
        if (!p.get("assignee").isNull()) assertThat(centerOf(p)).isNotEqualTo("APAC");
    }
}
