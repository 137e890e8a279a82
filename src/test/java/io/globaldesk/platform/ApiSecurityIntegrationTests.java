package io.globaldesk.platform;

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
class ApiSecurityIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
    }

    String organization(String app) {
        return admin.post("/api/v1/organizations", map("name", "Org " + UUID.randomUUID(), "country", "JP", "locale", "ja-JP",
                "tier", "PREMIUM", "appIds", List.of(app))).json().get("id").asString();
    }

    String token(String role, String organizationId) {
        Api.Response r = admin.post("/api/v1/api-tokens", map("name", "t-" + UUID.randomUUID(), "role", role,
                "organizationId", organizationId));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("token").asString();
    }

    @Test
    void withoutATokenTheApiAnswers401AsProblemJson() {
        Api.Response r = new Api(port, null).get("/api/v1/organizations");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void anUnknownTokenIs401() {
        assertThat(new Api(port, "gd_not-a-real-token").get("/api/v1/organizations").status()).isEqualTo(401);
    }

    @Test
    void theConfiguredAdminTokenActsAsAnAdministrator() {
        assertThat(admin.get("/api/v1/api-tokens").status()).isEqualTo(200);
    }

    @Test
    void aCustomerTokenSeesOnlyItsOwnOrganization() {
        String mine = organization("app-" + UUID.randomUUID());
        String other = organization("app-" + UUID.randomUUID());
        Api customer = admin.as(token("CUSTOMER", mine));
        assertThat(customer.get("/api/v1/organizations/" + mine).status()).isEqualTo(200);
        Api.Response foreign = customer.get("/api/v1/organizations/" + other);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.isProblem()).isTrue();
        assertThat(customer.get("/api/v1/organizations/" + other + "/contacts").status()).isEqualTo(404);
        JsonNode listed = customer.get("/api/v1/organizations").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(mine);
    }

    @Test
    void rolesAreEnforcedOnTheServer() {
        Api agent = admin.as(token("AGENT", null));
        assertThat(agent.get("/api/v1/agents").status()).isEqualTo(200);
        Api.Response create = agent.post("/api/v1/organizations", map("name", "X", "country", "JP", "locale", "ja", "tier", "STANDARD"));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.isProblem()).isTrue();
        assertThat(agent.get("/api/v1/api-tokens").status()).isEqualTo(403);
        Api customer = admin.as(token("CUSTOMER", organization("app-" + UUID.randomUUID())));
        assertThat(customer.get("/api/v1/agents").status()).isEqualTo(403);
        Api lead = admin.as(token("SUPPORT_LEAD", null));
        assertThat(lead.get("/api/v1/users").status()).isEqualTo(403);
    }

    @Test
    void tokensAreStoredHashedAndRevocationTakesEffect() {
        Api.Response issued = admin.post("/api/v1/api-tokens", map("name", "revocable", "role", "AGENT"));
        String secret = issued.json().get("token").asString();
        String id = issued.json().get("id").asString();
        assertThat(secret).startsWith("gd_").hasSizeGreaterThan(40);
        String stored = jdbc.sql("select token_hash from api_token where id = ?::uuid").param(id).query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain(secret.substring(3, 20));
        assertThat(admin.get("/api/v1/api-tokens").body()).doesNotContain(secret);
        Api agent = admin.as(secret);
        assertThat(agent.get("/api/v1/agents").status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/api-tokens/" + id).json().get("revokedAt").isNull()).isFalse();
        assertThat(agent.get("/api/v1/agents").status()).isEqualTo(401);
    }

    @Test
    void anIngestTokenCannotReadTheDirectory() {
        Api ingest = admin.as(token("INGEST", organization("app-" + UUID.randomUUID())));
        assertThat(ingest.get("/api/v1/organizations").status()).isEqualTo(403);
    }

    @Test
    void prometheusNeedsAnAdminButHealthIsOpen() {
        assertThat(new Api(port, null).get("/actuator/health").status()).isEqualTo(200);
        assertThat(new Api(port, null).get("/actuator/prometheus").status()).isEqualTo(401);
        Api.Response metrics = admin.send("GET", "/actuator/prometheus", null, null, "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Api.Response docs = new Api(port, null).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/organizations")).isTrue();
    }
}
