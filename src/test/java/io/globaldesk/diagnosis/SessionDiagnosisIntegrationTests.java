package io.globaldesk.diagnosis;

import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.Role;
import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.TelemetryStore;
import io.globaldesk.ticket.AuthorType;
import io.globaldesk.ticket.TicketArticle;
import io.globaldesk.ticket.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

@GlobalDeskIntegrationTest
class SessionDiagnosisIntegrationTests {

    private static final Actor SYSTEM = new Actor(null, "test", Role.ADMIN, null, null, null);

    @LocalServerPort
    int port;
    @Autowired
    TelemetryStore store;
    @Autowired
    Tickets tickets;
    @Autowired
    TicketDiagnosisAttacher attacher;
    Api admin;
    TelemetryWorld world;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
        world = TelemetryWorld.in(store);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String diagnosisPath(String sessionId, String userId) {
        return "/api/v1/sessions/" + enc(sessionId) + "/diagnosis?userId=" + enc(userId);
    }

    @ParameterizedTest
    @EnumSource(value = Segment.class, names = {"LOCAL_NETWORK", "ISP", "EDGE_NODE", "DEVICE"})
    void aSimulatedFaultIsDiagnosedInItsSegmentOverHttp(Segment segment) {
        TelemetryWorld.Pick pick = world.pick(segment);
        Api.Response r = admin.get(diagnosisPath(pick.sessionId(), pick.userId()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("segment").asString()).isEqualTo(segment.name());
        assertThat(body.get("sessionId").asString()).isEqualTo(pick.sessionId());
        assertThat(body.get("userId").asString()).isEqualTo(pick.userId());
        assertThat(body.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(body.get("summary").asString()).isNotBlank();
        assertThat(body.get("evidence")).isNotEmpty();
        JsonNode first = body.get("evidence").get(0);
        assertThat(first.get("metric").asString()).isNotBlank();
        assertThat(first.get("scope").asString()).isIn("USER", "SESSION_PEERS", "ISP_COHORT", "EDGE_COHORT", "DEVICE");
        assertThat(first.has("value")).isTrue();
        assertThat(first.has("baseline")).isTrue();
    }

    @Test
    void theStoreBackedDiagnosisAgreesWithTheInMemoryOneOnEveryPickedUser() {
        SessionDiagnostician diagnostician = new SessionDiagnostician();
        InMemoryDiagnosisInput memory = new InMemoryDiagnosisInput(world.simulation.samples());
        for (TelemetryWorld.Pick pick : world.picks.values()) {
            Diagnosis fromStore = diagnostician.diagnose(pick.sessionId(), pick.userId(), new TelemetryStoreDiagnosisInput(store));
            Diagnosis fromMemory = diagnostician.diagnose(pick.sessionId(), pick.userId(), memory);
            assertThat(fromStore.segment()).as(pick.toString()).isEqualTo(fromMemory.segment());
            assertThat(fromStore.evidence()).extracting(Evidence::metric)
                    .isEqualTo(fromMemory.evidence().stream().map(Evidence::metric).toList());
        }
    }

    @Test
    void theSummaryIsInTheLanguageOfTheRequest() throws Exception {
        TelemetryWorld.Pick pick = world.pick(Segment.ISP);
        HttpResponse<String> ja = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + diagnosisPath(pick.sessionId(), pick.userId())))
                .header("Authorization", "Bearer " + Api.ADMIN_TOKEN).header("Accept-Language", "ja-JP,ja;q=0.9")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ja.statusCode()).isEqualTo(200);
        String summary = Api.JSON.readTree(ja.body()).get("summary").asString();
        Diagnosis expected = new SessionDiagnostician().diagnose(pick.sessionId(), pick.userId(),
                new TelemetryStoreDiagnosisInput(store));
        assertThat(summary).isEqualTo(new DiagnosisSummaries().summary(expected, Locale.JAPANESE));
        assertThat(summary).isNotEqualTo(new DiagnosisSummaries().summary(expected, Locale.ENGLISH));
        assertThat(summary).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    }

    @Test
    void unknownSessionsAndUsersAnswer404AndAMissingUserAnswers400() {
        TelemetryWorld.Pick pick = world.pick(Segment.DEVICE);
        Api.Response noSession = admin.get(diagnosisPath("no-such-session-" + UUID.randomUUID(), "u1"));
        assertThat(noSession.status()).isEqualTo(404);
        assertThat(noSession.isProblem()).isTrue();
        assertThat(admin.get(diagnosisPath(pick.sessionId(), "nobody-" + UUID.randomUUID())).status()).isEqualTo(404);
        Api.Response noUser = admin.get("/api/v1/sessions/" + enc(pick.sessionId()) + "/diagnosis");
        assertThat(noUser.status()).isEqualTo(400);
        assertThat(noUser.isProblem()).isTrue();
        assertThat(admin.get(diagnosisPath(pick.sessionId(), "x".repeat(201))).status()).isIn(400, 422);
    }

    String organizationWithApp(String appId) {
        return admin.post("/api/v1/organizations", map("name", "Quality Org " + UUID.randomUUID(), "country", "JP",
                "locale", "ja-JP", "tier", "PREMIUM", "appIds", List.of(appId))).json().get("id").asString();
    }

    String customerToken(String organization) {
        return admin.post("/api/v1/api-tokens", map("name", "c", "role", "CUSTOMER", "organizationId", organization))
                .json().get("token").asString();
    }

    /** A copy of a simulated session under a new id and the given app id; returns the new session id. */
    String copyOfSession(TelemetryWorld.Pick pick, String appId, String prefix) {
        String sessionId = prefix + UUID.randomUUID();
        store.appendSamples(world.samplesOf(pick.sessionId()).stream().map(s -> new QualitySample(s.ts(), appId,
                sessionId, s.userId(), s.country(), s.region(), s.isp(), s.networkType(), s.edgeNode(), s.os(),
                s.sdkVersion(), s.device(), s.rttMs(), s.uplinkLossPct(), s.downlinkLossPct(), s.jitterMs(),
                s.sendBitrateKbps(), s.recvBitrateKbps(), s.fps(), s.audioFreezeRatePct(), s.videoFreezeRatePct(),
                s.cpuAppPct(), s.cpuSystemPct())).toList(), null);
        return sessionId;
    }

    @Test
    void aCustomerSeesOnlyTheSessionsOfItsOwnApps() {
        String appId = "quality-app-" + UUID.randomUUID();
        Api own = admin.as(customerToken(organizationWithApp(appId)));
        Api other = admin.as(customerToken(organizationWithApp("other-app-" + UUID.randomUUID())));
        TelemetryWorld.Pick pick = world.pick(Segment.LOCAL_NETWORK);
        String sessionId = copyOfSession(pick, appId, "tenancy-");

        assertThat(own.get(diagnosisPath(sessionId, pick.userId())).status()).isEqualTo(200);
        assertThat(own.get("/api/v1/sessions/" + enc(sessionId)).status()).isEqualTo(200);
        Api.Response foreign = other.get(diagnosisPath(sessionId, pick.userId()));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(other.get("/api/v1/sessions/" + enc(sessionId)).status()).isEqualTo(404);
        // the simulator's own apps belong to no organization: no customer sees them
        assertThat(own.get(diagnosisPath(pick.sessionId(), pick.userId())).status()).isEqualTo(404);

        String window = "&from=" + TelemetryWorld.START.minusSeconds(3600) + "&to=" + TelemetryWorld.START.plus(Duration.ofHours(2));
        assertThat(own.get("/api/v1/sessions?channel=tenancy-" + window).json())
                .extracting(n -> n.get("sessionId").asString()).contains(sessionId);
        assertThat(other.get("/api/v1/sessions?channel=tenancy-" + window).json())
                .extracting(n -> n.get("sessionId").asString()).doesNotContain(sessionId);
        assertThat(admin.get("/api/v1/sessions?channel=tenancy-" + window).json())
                .extracting(n -> n.get("sessionId").asString()).contains(sessionId);
    }

    @Test
    void diagnosingPublishesTheVerdictAndTheSessionDetailListsParticipantsTimelinesAndVerdicts() {
        TelemetryWorld.Pick pick = world.pick(Segment.EDGE_NODE);
        JsonNode detail = admin.get("/api/v1/sessions/" + enc(pick.sessionId())).json();
        List<QualitySample> samples = world.samplesOf(pick.sessionId());
        long users = samples.stream().map(QualitySample::userId).distinct().count();
        assertThat(detail.get("appId").asString()).isEqualTo(pick.appId());
        assertThat(detail.get("participants")).hasSize((int) users);
        assertThat(detail.get("timelines")).hasSize((int) users);
        int points = 0;
        for (JsonNode t : detail.get("timelines")) {
            points += t.get("ts").size();
            assertThat(t.get("rttMs").size()).isEqualTo(t.get("ts").size());
        }
        assertThat(points).isEqualTo(samples.size());
        assertThat(detail.get("verdicts")).hasSize((int) users);
        assertThat(detail.get("verdicts")).extracting(v -> v.get("userId").asString()).contains(pick.userId());
    }

    @Test
    void theSessionSearchFiltersByAppUserChannelAndTime() {
        TelemetryWorld.Pick pick = world.pick(Segment.DEVICE);
        String window = "&from=" + TelemetryWorld.START.minusSeconds(600) + "&to=" + TelemetryWorld.START.plus(Duration.ofHours(1));
        JsonNode byUser = admin.get("/api/v1/sessions?userId=" + enc(pick.userId()) + window).json();
        assertThat(byUser).extracting(n -> n.get("sessionId").asString()).contains(pick.sessionId());
        JsonNode byApp = admin.get("/api/v1/sessions?limit=500&appId=" + enc(pick.appId()) + window).json();
        assertThat(byApp).isNotEmpty().allSatisfy(n -> assertThat(n.get("appId").asString()).isEqualTo(pick.appId()));
        String channel = pick.sessionId().substring(0, pick.sessionId().indexOf(':'));
        JsonNode byChannel = admin.get("/api/v1/sessions?channel=" + enc(channel) + window).json();
        assertThat(byChannel).isNotEmpty()
                .allSatisfy(n -> assertThat(n.get("sessionId").asString()).startsWith(channel));
        JsonNode before = admin.get("/api/v1/sessions?userId=" + enc(pick.userId())
                + "&from=2026-03-09T00:00:00Z&to=2026-03-09T01:00:00Z").json();
        assertThat(before).isEmpty();
        Api.Response badTime = admin.get("/api/v1/sessions?from=yesterday");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/sessions?from=2026-03-01T00:00:00Z&to=2026-03-20T00:00:00Z").status()).isIn(400, 422);
    }

    Optional<TicketArticle> diagnosisNote(String ticketId) {
        return tickets.articles(SYSTEM, UUID.fromString(ticketId)).stream()
                .filter(a -> a.authorType() == AuthorType.SYSTEM && a.internal())
                .filter(a -> a.body().contains("diagnos") || a.body().contains("Diagnos")).findFirst();
    }

    String openTicket(String sessionId) {
        String org = organizationWithApp("ticket-app-" + UUID.randomUUID());
        Api.Response r = admin.post("/api/v1/tickets", map("organizationId", org, "requester",
                map("name", "Ken", "email", "ken@example.com"), "subject", "Video freezes in our call",
                "body", "The other side's video freezes every few seconds.", "channel", "WEB", "sessionId", sessionId));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void aTicketNamingASessionGetsItsDiagnosisAsAnInternalNote() throws Exception {
        TelemetryWorld.Pick pick = world.pick(Segment.LOCAL_NETWORK);
        String ticketId = openTicket(pick.sessionId());
        Optional<TicketArticle> note = Optional.empty();
        for (int i = 0; i < 60 && note.isEmpty(); i++) {
            Thread.sleep(500);
            note = diagnosisNote(ticketId);
        }
        assertThat(note).as("an internal diagnosis note on the ticket").isPresent();
        assertThat(note.get().body()).contains(pick.sessionId()).contains(pick.userId());
        assertThat(note.get().internal()).isTrue();
    }

    @Test
    void aTicketOpenedBeforeItsSessionsSamplesGetsTheNoteOnceTheyArrive() throws Exception {
        TelemetryWorld.Pick pick = world.pick(Segment.DEVICE);
        String lateSession = "late-" + UUID.randomUUID();
        String ticketId = openTicket(lateSession);
        Thread.sleep(2000); // let the after-commit listener run and find nothing
        assertThat(diagnosisNote(ticketId)).isEmpty();
        String appended = copyOfSessionWithId(pick, lateSession);
        attacher.retryPending();
        assertThat(diagnosisNote(ticketId)).as("the note after the samples arrived").isPresent()
                .get().extracting(TicketArticle::body).asString().contains(appended);
    }

    private String copyOfSessionWithId(TelemetryWorld.Pick pick, String sessionId) {
        store.appendSamples(world.samplesOf(pick.sessionId()).stream().map(s -> new QualitySample(s.ts(), s.appId(),
                sessionId, s.userId(), s.country(), s.region(), s.isp(), s.networkType(), s.edgeNode(), s.os(),
                s.sdkVersion(), s.device(), s.rttMs(), s.uplinkLossPct(), s.downlinkLossPct(), s.jitterMs(),
                s.sendBitrateKbps(), s.recvBitrateKbps(), s.fps(), s.audioFreezeRatePct(), s.videoFreezeRatePct(),
                s.cpuAppPct(), s.cpuSystemPct())).toList(), null);
        return sessionId;
    }
}
