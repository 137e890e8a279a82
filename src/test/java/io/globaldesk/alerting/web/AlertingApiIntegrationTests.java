package io.globaldesk.alerting.web;

import io.globaldesk.alerting.Incident;
import io.globaldesk.alerting.IncidentStatus;
import io.globaldesk.alerting.Metric;
import io.globaldesk.alerting.Scope;
import io.globaldesk.alerting.ScopeKind;
import io.globaldesk.alerting.live.IncidentRepository;
import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

@GlobalDeskIntegrationTest
class AlertingApiIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    IncidentRepository incidents;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
    }

    String organization() {
        return admin.post("/api/v1/organizations", map("name", "Alerting " + UUID.randomUUID(), "country", "DE", "locale", "de-DE",
                "tier", "PREMIUM", "appIds", List.of("app-" + UUID.randomUUID()))).json().get("id").asString();
    }

    Api as(String role, String organizationId) {
        Api.Response r = admin.post("/api/v1/api-tokens", map("name", "t-" + UUID.randomUUID(), "role", role,
                "organizationId", organizationId));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return admin.as(r.json().get("token").asString());
    }

    static List<Map<String, Object>> series(int n, int spikeAt) {
        Random random = new Random(3);
        List<Map<String, Object>> points = new ArrayList<>();
        Instant t = Instant.parse("2026-05-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            double v = 100 + 10 * Math.sin(i / 20.0) + random.nextGaussian();
            if (i == spikeAt) v += 80;
            points.add(map("ts", t.plus(Duration.ofMinutes(5L * i)).toString(), "value", v));
        }
        return points;
    }

    @Test
    void anomalyDetectionAnswersOnePointPerInputAndFlagsASpike() {
        Api.Response r = admin.post("/api/v1/anomaly/detect", map("series", series(400, 350)));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode points = r.json().get("points");
        assertThat(points).hasSize(400);
        assertThat(points.get(0).get("ts").asString()).isEqualTo("2026-05-01T00:00:00Z");
        for (JsonNode p : points) assertThat(p.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(points.get(350).get("anomaly").asBoolean()).isTrue();
        assertThat(points.get(340).get("anomaly").asBoolean()).isFalse();
    }

    @Test
    void anomalyDetectionIsCausalAPrefixScoresAsItDoesInsideTheWholeSeries() {
        List<Map<String, Object>> whole = series(400, 350);
        JsonNode all = admin.post("/api/v1/anomaly/detect", map("series", whole)).json().get("points");
        JsonNode prefix = admin.post("/api/v1/anomaly/detect", map("series", whole.subList(0, 360))).json().get("points");

        assertThat(prefix).hasSize(360);
        for (int i = 0; i < 360; i++) {
            assertThat(prefix.get(i).get("score").asDouble()).isEqualTo(all.get(i).get("score").asDouble());
            assertThat(prefix.get(i).get("anomaly").asBoolean()).isEqualTo(all.get(i).get("anomaly").asBoolean());
        }
    }

    @Test
    void anomalyDetectionRejectsBadSeriesWithProblems() {
        assertThat(admin.post("/api/v1/anomaly/detect", map("series", List.of())).status()).isEqualTo(422);
        assertThat(admin.post("/api/v1/anomaly/detect", map()).status()).isEqualTo(422);
        Api.Response badTs = admin.post("/api/v1/anomaly/detect", map("series", List.of(
                map("ts", "2026-05-01T00:00:00Z", "value", 1), map("ts", "yesterday", "value", 2), map("ts", "2026-05-01T00:10:00Z"))));
        assertThat(badTs.status()).isEqualTo(422);
        assertThat(badTs.isProblem()).isTrue();
        assertThat(badTs.json().get("errors").findValuesAsString("field")).containsExactly("series[1].ts", "series[2].value");
        Api.Response notANumber = admin.post("/api/v1/anomaly/detect", "{\"series\":[{\"ts\":\"2026-05-01T00:00:00Z\",\"value\":\"NaN-ish\"}]}");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/anomaly/detect", "{\"series\": [").status()).isEqualTo(400);
        List<Map<String, Object>> tooMany = new ArrayList<>(java.util.Collections.nCopies(100_001, map("ts", "2026-05-01T00:00:00Z", "value", 1)));
        assertThat(admin.post("/api/v1/anomaly/detect", map("series", tooMany)).status()).isEqualTo(422);
    }

    @Test
    void customersSeeOnlyIncidentsAffectingThemAndOnlyTheirOwnOrganization() {
        String mine = organization(), other = organization(), unaffected = organization();
        Instant at = Instant.parse("2026-04-01T10:00:00Z").plusSeconds(60L * new Random().nextInt(100_000));
        String id = "it-" + UUID.randomUUID();
        incidents.insert(new Incident(id, ScopeKind.NETWORK_QUALITY, Scope.isp("eu-west", "Vodafone"), Metric.LOSS_P95,
                at.minusSeconds(120), at, null, IncidentStatus.FIRING));
        incidents.affect(id, UUID.fromString(mine), 40, at);
        incidents.affect(id, UUID.fromString(other), 12, at);

        JsonNode staffView = find(admin.get("/api/v1/incidents?status=FIRING").json(), id);
        assertThat(staffView.get("scope").get("region").asString()).isEqualTo("eu-west");
        assertThat(staffView.get("scope").get("isp").asString()).isEqualTo("Vodafone");
        assertThat(staffView.get("scope").has("appId")).isFalse();
        assertThat(staffView.get("status").asString()).isEqualTo("FIRING");
        assertThat(staffView.get("affectedOrganizations").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder(mine, other);
        assertThat(find(admin.get("/api/v1/incidents?status=RESOLVED").json(), id)).isNull();

        Api customer = as("CUSTOMER", mine);
        JsonNode customerView = find(customer.get("/api/v1/incidents").json(), id);
        assertThat(customerView.get("affectedOrganizations").valueStream().map(JsonNode::asString).toList()).containsExactly(mine);
        assertThat(customer.get("/api/v1/incidents/" + id).json().get("affected")).hasSize(1);

        Api stranger = as("CUSTOMER", unaffected);
        assertThat(find(stranger.get("/api/v1/incidents").json(), id)).isNull();
        assertThat(stranger.get("/api/v1/incidents/" + id).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/incidents?status=SOMETIMES").status()).isEqualTo(400);
        assertThat(as("INGEST", mine).get("/api/v1/incidents").status()).isEqualTo(403);
    }

    @Test
    void supportLeadsManageSilencesAndAgentsMayNot() {
        Api.Response created = admin.post("/api/v1/silences", map("matchers", map("region", "eu-west", "isp", "BT"),
                "startsAt", "2026-06-01T00:00:00Z", "endsAt", "2026-06-01T04:00:00Z", "maintenance", true, "comment", "carrier work"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(admin.get("/api/v1/silences").json().findValuesAsString("id")).contains(id);
        Api.Response updated = admin.put("/api/v1/silences/" + id, map("matchers", map("region", "eu-west"),
                "startsAt", "2026-06-01T00:00:00Z", "endsAt", "2026-06-01T06:00:00Z"));
        assertThat(updated.json().get("endsAt").asString()).isEqualTo("2026-06-01T06:00:00Z");
        assertThat(updated.json().get("maintenance").asBoolean()).isFalse();

        assertThat(admin.post("/api/v1/silences", map("matchers", map("region", "eu-west"),
                "startsAt", "2026-06-01T04:00:00Z", "endsAt", "2026-06-01T00:00:00Z")).status()).isEqualTo(422);
        assertThat(admin.post("/api/v1/silences", map("matchers", map("planet", "mars"),
                "startsAt", "2026-06-01T00:00:00Z", "endsAt", "2026-06-01T04:00:00Z")).status()).isEqualTo(422);
        assertThat(admin.post("/api/v1/silences", map("matchers", map(),
                "startsAt", "2026-06-01T00:00:00Z", "endsAt", "2026-06-01T04:00:00Z")).status()).isEqualTo(422);
        Api agent = as("AGENT", null);
        assertThat(agent.get("/api/v1/silences").status()).isEqualTo(403);

        assertThat(admin.delete("/api/v1/silences/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/silences/" + id).status()).isEqualTo(404);
        assertThat(admin.delete("/api/v1/silences/" + id).status()).isEqualTo(404);
    }

    @Test
    void anOrganizationsIncidentWebhookIsSetByItselfOrALeadAndItsSecretNeverComesBack() {
        String mine = organization(), other = organization();
        Api customer = as("CUSTOMER", mine);
        Api.Response set = customer.put("/api/v1/organizations/" + mine + "/incident-webhook",
                map("url", "https://hooks.example.com/gd", "secret", "s3cret-0123456789abcdef"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.body()).doesNotContain("s3cret");
        assertThat(customer.get("/api/v1/organizations/" + mine + "/incident-webhook").json().get("url").asString())
                .isEqualTo("https://hooks.example.com/gd");
        assertThat(customer.put("/api/v1/organizations/" + other + "/incident-webhook",
                map("url", "https://evil.example.com", "secret", "s3cret-0123456789abcdef")).status()).isEqualTo(404);
        assertThat(customer.put("/api/v1/organizations/" + mine + "/incident-webhook",
                map("url", "ftp://files.example.com", "secret", "s3cret-0123456789abcdef")).status()).isEqualTo(422);
        assertThat(customer.put("/api/v1/organizations/" + mine + "/incident-webhook",
                map("url", "https://hooks.example.com/gd", "secret", "short")).status()).isEqualTo(422);
        assertThat(customer.delete("/api/v1/organizations/" + mine + "/incident-webhook").status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/organizations/" + mine + "/incident-webhook").status()).isEqualTo(404);
    }

    @Test
    void healthScoresAreSnapshottedPerOrganizationAndTheAtRiskListAnswers() {
        String org = organization();
        Api.Response snapshot = admin.post("/api/v1/health/snapshot", map());
        assertThat(snapshot.status()).as(snapshot.toString()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode s : snapshot.json()) if (s.get("subject").asString().equals(org)) mine = s;
        assertThat(mine).isNotNull();
        assertThat(mine.get("score").asDouble()).isBetween(0.0, 100.0);
        assertThat(admin.get("/api/v1/health/organizations/" + org + "/trend").json()).hasSize(1);
        assertThat(admin.get("/api/v1/health/at-risk").status()).isEqualTo(200);
        assertThat(as("CUSTOMER", organization()).get("/api/v1/health/organizations/" + org + "/trend").status()).isEqualTo(404);
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode n : list) if (n.get("id").asString().equals(id)) return n;
        return null;
    }
}
