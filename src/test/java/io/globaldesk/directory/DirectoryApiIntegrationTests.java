package io.globaldesk.directory;

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

@GlobalDeskIntegrationTest
class DirectoryApiIntegrationTests {

    @LocalServerPort
    int port;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    JsonNode createOrganization(String country, String locale, String tier, String... appIds) {
        Api.Response r = admin.post("/api/v1/organizations", map("name", unique("Org"), "country", country, "locale", locale,
                "tier", tier, "appIds", List.of(appIds)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Test
    void createsASupportCenterWithItsCalendar() {
        String code = unique("C").substring(0, 10).toUpperCase();
        Api.Response r = admin.post("/api/v1/support-centers", map("code", code, "name", "Singapore", "timeZone", "Asia/Singapore",
                "workingHours", List.of(map("days", List.of("MON", "TUE", "WED", "THU", "FRI"), "from", "09:00", "to", "18:00")),
                "holidays", List.of("2026-12-25")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode center = admin.get("/api/v1/support-centers/" + r.json().get("id").asString()).json();
        assertThat(center.get("code").asString()).isEqualTo(code);
        assertThat(center.get("timeZone").asString()).isEqualTo("Asia/Singapore");
        assertThat(center.get("workingHours").get(0).get("days")).hasSize(5);
        assertThat(center.get("workingHours").get(0).get("from").asString()).startsWith("09:00");
        assertThat(center.get("holidays").get(0).asString()).isEqualTo("2026-12-25");
    }

    @Test
    void derivesRegionAndCultureProfileFromCountryAndLocale() {
        assertThat(createOrganization("JP", "ja-JP", "PREMIUM").get("region").asString()).isEqualTo("APAC");
        assertThat(createOrganization("JP", "ja-JP", "PREMIUM").get("cultureProfile").asString()).isEqualTo("JAPAN");
        JsonNode brazil = createOrganization("BR", "pt-BR", "STANDARD");
        assertThat(brazil.get("region").asString()).isEqualTo("AMER");
        assertThat(brazil.get("cultureProfile").asString()).isEqualTo("LATIN_AMERICA");
        JsonNode germany = createOrganization("DE", "de-DE", "ENTERPRISE");
        assertThat(germany.get("region").asString()).isEqualTo("EMEA");
        assertThat(germany.get("cultureProfile").asString()).isEqualTo("EUROPE");
        assertThat(createOrganization("US", "en-US", "STANDARD").get("cultureProfile").asString()).isEqualTo("NORTH_AMERICA");
    }

    @Test
    void editsAndDeactivatesAnOrganization() {
        JsonNode org = createOrganization("FR", "fr-FR", "STANDARD");
        String id = org.get("id").asString();
        Api.Response updated = admin.put("/api/v1/organizations/" + id, map("name", "Renamed SAS", "country", "MX",
                "locale", "es-MX", "tier", "PREMIUM", "appIds", List.of(unique("app"))));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("region").asString()).isEqualTo("AMER");
        assertThat(updated.json().get("tier").asString()).isEqualTo("PREMIUM");
        Api.Response deactivated = admin.post("/api/v1/organizations/" + id + "/deactivate", "");
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(admin.get("/api/v1/organizations/" + id).json().get("name").asString()).isEqualTo("Renamed SAS");
    }

    @Test
    void anAppIdBelongsToOneOrganizationOnly() {
        String app = unique("app");
        createOrganization("GB", "en-GB", "STANDARD", app);
        Api.Response clash = admin.post("/api/v1/organizations", map("name", unique("Other"), "country", "GB",
                "locale", "en-GB", "tier", "STANDARD", "appIds", List.of(app)));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.isProblem()).isTrue();
        assertThat(clash.json().get("errors").get(0).get("field").asString()).isEqualTo("appIds");
    }

    @Test
    void createsEditsAndDeactivatesAnAgent() {
        String email = unique("agent") + "@vendor.example";
        Api.Response created = admin.post("/api/v1/agents", map("name", "Ken Sato", "email", email, "supportCenter", "APAC",
                "languages", List.of("ja", "en"), "skills", List.of("Video", "audio"), "capacity", 5));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode agent = created.json();
        assertThat(agent.get("supportCenter").asString()).isEqualTo("APAC");
        assertThat(agent.get("skills").toString()).contains("video").contains("audio");
        String id = agent.get("id").asString();
        Api.Response edited = admin.put("/api/v1/agents/" + id, map("name", "Ken Sato", "email", email,
                "supportCenter", "EMEA", "languages", List.of("ja", "en", "de"), "skills", List.of("video"), "capacity", 7));
        assertThat(edited.json().get("supportCenter").asString()).isEqualTo("EMEA");
        assertThat(edited.json().get("capacity").asInt()).isEqualTo(7);
        assertThat(admin.post("/api/v1/agents/" + id + "/deactivate", "").json().get("active").asBoolean()).isFalse();
        assertThat(admin.get("/api/v1/agents").body()).contains(id);
    }

    @Test
    void anAgentInAnUnknownCenterIsRefusedWithTheField() {
        Api.Response r = admin.post("/api/v1/agents", map("name", "X", "email", unique("x") + "@v.example",
                "supportCenter", "MARS", "languages", List.of("en"), "capacity", 3));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("supportCenter");
    }

    @Test
    void teamsGroupAgents() {
        JsonNode agent = admin.get("/api/v1/agents").json().get(0);
        Api.Response team = admin.post("/api/v1/teams", map("name", unique("Team"), "supportCenter", "APAC",
                "members", List.of(agent.get("id").asString())));
        assertThat(team.status()).as(team.toString()).isEqualTo(201);
        assertThat(team.json().get("members").get(0).asString()).isEqualTo(agent.get("id").asString());
    }

    @Test
    void contactsBelongToTheirOrganization() {
        String org = createOrganization("KR", "ko-KR", "PREMIUM").get("id").asString();
        Api.Response contact = admin.post("/api/v1/organizations/" + org + "/contacts",
                map("name", "Lee", "email", unique("lee") + "@hanul.example", "locale", "ko"));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        assertThat(admin.get("/api/v1/organizations/" + org + "/contacts").json()).hasSize(1);
    }

    @Test
    void unknownIdsAre404ProblemDetails() {
        Api.Response r = admin.get("/api/v1/organizations/" + UUID.randomUUID());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("title").asString()).isNotBlank();
    }
}
