package io.globaldesk.diagnosis;

import io.globaldesk.simulator.DemoTelemetryFeed;
import io.globaldesk.support.Api;
import io.globaldesk.support.Browser;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.SessionQuery;
import io.globaldesk.telemetry.TelemetryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static io.globaldesk.support.Browser.enc;
import static org.assertj.core.api.Assertions.assertThat;

@GlobalDeskIntegrationTest
class QualityDashboardIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    TelemetryStore store;
    @Autowired
    DemoTelemetryFeed feed;
    @Autowired
    Clock clock;
    Api admin;
    TelemetryWorld world;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
        world = TelemetryWorld.in(store);
    }

    static final String AT = "&at=" + TelemetryWorld.START.plus(TelemetryWorld.SPAN) + "&minutes=40";

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"RAW", "AGGREGATES"})
    void theWorldViewBreaksQualityDownByRegionAndDrillsIntoTheDegradedIsp(String source) {
        String at = AT + "&source=" + source;
        JsonNode regions = admin.get("/api/v1/quality/breakdown?by=REGION" + at).json();
        assertThat(regions.get("source").asString()).isEqualTo(source);
        assertThat(regions.get("by").asString()).isEqualTo("REGION");
        assertThat(regions.get("rows")).extracting(r -> r.get("key").asString()).contains("ap-northeast", "eu-west");
        for (JsonNode r : regions.get("rows")) {
            assertThat(r.get("sessions").asLong()).isPositive();
            assertThat(r.get("mos").asDouble()).isBetween(1.0, 4.6);
        }
        JsonNode isps = admin.get("/api/v1/quality/breakdown?by=ISP&region=ap-northeast" + at).json().get("rows");
        JsonNode kddi = null, best = null;
        for (JsonNode r : isps) {
            if (r.get("key").asString().equals(TelemetryWorld.ISP)) kddi = r;
            else if (best == null || r.get("lossP95").asDouble() < best.get("lossP95").asDouble()) best = r;
        }
        assertThat(kddi).as("KDDI among the ISPs of ap-northeast").isNotNull();
        assertThat(kddi.get("lossP95").asDouble()).isGreaterThan(best.get("lossP95").asDouble());
        assertThat(kddi.get("mos").asDouble()).isLessThan(best.get("mos").asDouble());
        for (String by : new String[] {"EDGE_NODE", "PLATFORM", "SDK_VERSION"}) {
            JsonNode rows = admin.get("/api/v1/quality/breakdown?by=" + by + "&region=ap-northeast&isp=KDDI" + at).json().get("rows");
            assertThat(rows).as(by).isNotEmpty();
            assertThat(rows.get(0).get("samples").asLong()).isPositive();
        }
    }

    @Test
    void theWorldViewReadsTheMinuteAggregatesUnlessRawSamplesAreAskedFor() {
        String at = "&at=" + TelemetryWorld.START.plus(TelemetryWorld.SPAN);
        assertThat(admin.get("/api/v1/quality/breakdown?minutes=10" + at).json().get("source").asString())
                .isEqualTo("AGGREGATES");
        assertThat(admin.get("/api/v1/quality/breakdown?minutes=10&source=RAW" + at).json().get("source").asString())
                .isEqualTo("RAW");
        JsonNode longWindow = admin.get("/api/v1/quality/breakdown?minutes=60" + at).json();
        assertThat(longWindow.get("source").asString()).isEqualTo("AGGREGATES");
        long aggregated = 0;
        for (JsonNode r : longWindow.get("rows")) aggregated += r.get("samples").asLong();
        long raw = 0;
        for (JsonNode r : admin.get("/api/v1/quality/breakdown?minutes=60&source=RAW" + at).json().get("rows")) {
            raw += r.get("samples").asLong();
        }
        Instant end = TelemetryWorld.START.plus(TelemetryWorld.SPAN);
        long simulated = world.simulation.samplesBetween(end.minus(Duration.ofMinutes(60)), end).size();
        assertThat(aggregated).as("every simulated sample of the window is in some minute aggregate").isEqualTo(simulated);
        assertThat(raw).as("raw also sees sessions other tests copied in later").isGreaterThanOrEqualTo(simulated);
    }

    @Test
    void theWorldViewRejectsBadParametersAndCustomers() {
        assertThat(admin.get("/api/v1/quality/breakdown?source=GUESS").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/quality/breakdown?by=COLOUR").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/quality/breakdown?minutes=0").status()).isIn(400, 422);
        assertThat(admin.get("/api/v1/quality/breakdown?at=noon").status()).isEqualTo(400);
        String org = admin.post("/api/v1/organizations", Api.map("name", "Dash Org " + java.util.UUID.randomUUID(),
                "country", "DE", "locale", "de-DE", "tier", "STANDARD")).json().get("id").asString();
        String token = admin.post("/api/v1/api-tokens", Api.map("name", "c", "role", "CUSTOMER", "organizationId", org))
                .json().get("token").asString();
        assertThat(admin.as(token).get("/api/v1/quality/breakdown").status()).isEqualTo(403);
    }

    @Test
    void thePagesRenderForStaffWithTheirDataFromTheBrowserSession() throws Exception {
        Browser agent = new Browser(port).signIn("emily.johnson@globaldesk.demo");
        HttpResponse<String> worldPage = agent.get("/quality");
        assertThat(worldPage.statusCode()).isEqualTo(200);
        assertThat(worldPage.body()).contains("Call quality worldwide").contains("/js/quality-world.js")
                .contains("id=\"quality-chart\"").doesNotContain("<script>");
        HttpResponse<String> data = agent.get("/quality/data/breakdown?by=REGION" + AT);
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).contains("ap-northeast");

        TelemetryWorld.Pick pick = world.pick(Segment.ISP);
        HttpResponse<String> search = agent.get("/quality/sessions?userId=" + enc(pick.userId()) + "&from="
                + TelemetryWorld.START.minusSeconds(600) + "&to=" + TelemetryWorld.START.plus(Duration.ofHours(1)));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains(pick.sessionId());
        HttpResponse<String> badSearch = agent.get("/quality/sessions?from=yesterday");
        assertThat(badSearch.statusCode()).isEqualTo(200);
        assertThat(badSearch.body()).contains("2026-11-25T12:00:00Z, with From before To");

        HttpResponse<String> session = agent.get("/quality/sessions/" + enc(pick.sessionId()));
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).contains(pick.sessionId()).contains(pick.userId()).contains(TelemetryWorld.ISP)
                .contains("ISP").contains("/js/quality-session.js");
        HttpResponse<String> sessionData = agent.get("/quality/data/sessions/" + enc(pick.sessionId()));
        assertThat(sessionData.statusCode()).isEqualTo(200);
        assertThat(Api.JSON.readTree(sessionData.body()).get("timelines")).isNotEmpty();
        assertThat(agent.get("/quality/sessions/no-such-" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void theSessionPageIsLocalized() throws Exception {
        Browser agent = new Browser(port).signIn("yuki.tanaka@globaldesk.demo");
        TelemetryWorld.Pick pick = world.pick(Segment.DEVICE);
        HttpResponse<String> page = agent.get("/quality/sessions/" + enc(pick.sessionId()) + "?lang=ja");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("参加者").contains("タイムライン");
    }

    @Test
    void aCustomerCannotOpenTheWorldView() throws Exception {
        Browser customer = new Browser(port).signIn("ana.souza@paporeto.demo");
        assertThat(customer.get("/quality").statusCode()).isEqualTo(403);
    }

    @Test
    void theDemoFeedAppendsLiveSamplesForTheDemoOrganizationsApps() {
        int appended = feed.tick();
        assertThat(appended).isPositive();
        Instant now = clock.instant();
        var stats = store.cohortStats(QualityScope.any(), now.minus(Duration.ofMinutes(16)), now.plusSeconds(1), null);
        assertThat(stats.samples()).isGreaterThanOrEqualTo(appended);
        var sessions = store.findSessions(new SessionQuery(java.util.Set.of("sakura-live", "streamly-live",
                "paporeto-app", "cloudclass", "hallo-telemed", "outback-care"), null, null, null,
                now.minus(Duration.ofMinutes(16)), now.plusSeconds(1), 10));
        assertThat(sessions).isNotEmpty();
        assertThat(feed.tick()).as("nothing is appended twice").isLessThan(appended);
    }
}
