package io.globaldesk.telemetry.web;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import io.globaldesk.telemetry.ApiCallAggregate;
import io.globaldesk.telemetry.IngestGate;
import io.globaldesk.telemetry.TelemetryStore;
import io.globaldesk.telemetry.internal.TelemetrySettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@GlobalDeskIntegrationTest
class TelemetryApiIntegrationTests {

    static final String SAMPLES = "/api/v1/telemetry/samples";
    static final String NDJSON = "application/x-ndjson";

    @LocalServerPort
    int port;
    @Autowired
    TelemetryStore store;
    @Autowired
    IngestGate gate;
    @Autowired
    TelemetrySettings settings;
    Api admin;
    Instant ts = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.MINUTES);

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
    }

    String organization(String app) {
        return admin.post("/api/v1/organizations", map("name", "Org " + UUID.randomUUID(), "country", "JP",
                "locale", "ja-JP", "tier", "PREMIUM", "appIds", List.of(app))).json().get("id").asString();
    }

    NdjsonClient tokenFor(String role, String organizationId) {
        Api.Response r = admin.post("/api/v1/api-tokens", map("name", "t-" + UUID.randomUUID(), "role", role,
                "organizationId", organizationId));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new NdjsonClient(port, r.json().get("token").asString());
    }

    static NdjsonClient.Response post(NdjsonClient client, String path, String body, String key) {
        return client.post(path, body, key);
    }

    @Test
    void badLinesAreListedWithTheirReasonsGoodLinesAreStoredAndARepeatedKeyStoresNothingTwice() {
        String app = "app-" + UUID.randomUUID();
        NdjsonClient ingest = tokenFor("INGEST", organization(app));
        String session = "chan-" + UUID.randomUUID();
        String body = String.join("\n",
                TelemetryLines.sample(ts, app, session, "u-1"),
                "{\"ts\":\"" + ts + "\",\"appId\":",
                TelemetryLines.sample(null, app, session, "u-2", "WIFI", 0.4),
                TelemetryLines.sample(ts.toString(), app, session, "u-3", "WIFI", -1),
                TelemetryLines.sample(ts.toString(), app, session, "u-4", "WIFI", 100.5),
                TelemetryLines.sample(ts.toString(), app, session, "u-5", "SATELLITE", 0.4),
                "{\"ts\":\"" + ts + "\",\"pad\":\"" + "x".repeat(1 << 20) + "\"}",
                TelemetryLines.sample(ts.plusSeconds(2), app, session, "u-1")) + "\n";
        String key = "batch-" + UUID.randomUUID();

        NdjsonClient.Response first = post(ingest, SAMPLES, body, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        JsonNode result = first.json();
        assertThat(result.get("accepted").asLong()).isEqualTo(2);
        assertThat(result.get("rejected").asLong()).isEqualTo(6);
        List<Long> lines = result.get("errors").valueStream().map(e -> e.get("line").asLong()).toList();
        assertThat(lines).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        List<String> reasons = result.get("errors").valueStream().map(e -> e.get("message").asString()).toList();
        assertThat(reasons.get(1)).contains("ts");
        assertThat(reasons.get(2)).contains("uplinkLossPct");
        assertThat(reasons.get(3)).contains("uplinkLossPct");
        assertThat(reasons.get(4)).contains("networkType");
        assertThat(reasons.get(5)).contains("longer than");
        assertThat(store.sessionSamples(session)).hasSize(2);

        NdjsonClient.Response again = post(ingest, SAMPLES, body, key);

        assertThat(again.status()).isEqualTo(202);
        assertThat(store.sessionSamples(session)).hasSize(2);
        assertThat(post(ingest, SAMPLES, body, null).status()).isEqualTo(202);
        assertThat(store.sessionSamples(session)).as("without a key the batch is stored again").hasSize(4);
    }

    @Test
    void anIngestTokenCannotStoreSamplesForAnotherOrganizationsApp() {
        String ownApp = "app-" + UUID.randomUUID(), otherApp = "app-" + UUID.randomUUID();
        NdjsonClient ingest = tokenFor("INGEST", organization(ownApp));
        organization(otherApp);
        String session = "chan-" + UUID.randomUUID();
        String body = TelemetryLines.sample(ts, ownApp, session, "u-1") + "\n"
                + TelemetryLines.sample(ts, otherApp, session, "u-2") + "\n"
                + TelemetryLines.sample(ts, "app-nobody-" + UUID.randomUUID(), session, "u-3") + "\n";

        NdjsonClient.Response r = post(ingest, SAMPLES, body, null);

        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        assertThat(r.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(r.json().get("errors").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains(otherApp, "organization");
        assertThat(r.json().get("errors").get(1).get("line").asLong()).isEqualTo(3);
        assertThat(store.sessionSamples(session)).extracting(s -> s.userId()).containsExactly("u-1");
    }

    @Test
    void aCustomerTokenMaySendForItsOwnAppsAndAnAgentTokenMayNotSendAtAll() {
        String app = "app-" + UUID.randomUUID();
        String organization = organization(app);
        String session = "chan-" + UUID.randomUUID();
        String body = TelemetryLines.sample(ts, app, session, "u-1");

        assertThat(post(tokenFor("CUSTOMER", organization), SAMPLES, body, null).status()).isEqualTo(202);
        NdjsonClient.Response agent = post(tokenFor("AGENT", null), SAMPLES, body, null);
        assertThat(agent.status()).isEqualTo(403);
        assertThat(agent.isProblem()).isTrue();
        assertThat(store.sessionSamples(session)).hasSize(1);
    }

    @Test
    void withoutATokenIngestAnswers401AsProblemJson() {
        NdjsonClient.Response r = post(new NdjsonClient(port, null), SAMPLES, TelemetryLines.sample(ts, "app-x", "s", "u"), null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblem()).isTrue();
    }

    @Test
    void anOverloadedGateAnswers429WithRetryAfterAndStoresNothing() {
        String app = "app-" + UUID.randomUUID();
        NdjsonClient ingest = tokenFor("INGEST", organization(app));
        String session = "chan-" + UUID.randomUUID();
        NdjsonClient.Response r;
        // the test holds the gate's whole byte budget, as a burst of concurrent requests would
        try (IngestGate.Permit all = ((IngestGate.Admitted) gate.admit(settings.maxInFlightBytes())).permit()) {
            r = post(ingest, SAMPLES, TelemetryLines.sample(ts, app, session, "u-1"), null);
        }
        assertThat(r.status()).as(r.toString()).isEqualTo(429);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(store.sessionSamples(session)).isEmpty();
        assertThat(post(ingest, SAMPLES, TelemetryLines.sample(ts, app, session, "u-1"), null).status()).isEqualTo(202);
        assertThat(store.sessionSamples(session)).hasSize(1);
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitAnswers413() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + SAMPLES + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Api.ADMIN_TOKEN
                    + "\r\nContent-Type: " + NDJSON + "\r\nContent-Length: 999999999999\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aWrongContentTypeOrABadIdempotencyKeyIsAProblem() {
        NdjsonClient staff = new NdjsonClient(port, Api.ADMIN_TOKEN);
        NdjsonClient.Response json = staff.post(SAMPLES, "{}", null, "application/json");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.isProblem()).as(json.headers().map() + " " + json).isTrue();
        NdjsonClient.Response badKey = post(staff, SAMPLES, TelemetryLines.sample(ts, "a", "s", "u"), "x".repeat(300));
        assertThat(badKey.status()).isEqualTo(422);
        assertThat(badKey.isProblem()).as(badKey.headers().map() + " " + badKey).isTrue();
        assertThat(badKey.body()).contains("Idempotency-Key");
    }

    @Test
    void apiCallEventsAreAcceptedAndCountedInTheirMinute() {
        String app = "app-" + UUID.randomUUID();
        NdjsonClient ingest = tokenFor("INGEST", organization(app));
        Instant minute = ts.truncatedTo(ChronoUnit.MINUTES).minus(3, ChronoUnit.DAYS);
        String body = TelemetryLines.apiCall(minute.plusSeconds(1), app, "joinChannel", "OK") + "\n"
                + TelemetryLines.apiCall(minute.plusSeconds(2), app, "joinChannel", "ERROR") + "\n"
                + "{\"ts\":\"" + minute + "\",\"appId\":\"" + app + "\"}\n";

        NdjsonClient.Response r = post(ingest, "/api/v1/telemetry/api-calls", body, null);

        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        assertThat(r.json().get("accepted").asLong()).isEqualTo(2);
        assertThat(r.json().get("errors").get(0).get("line").asLong()).isEqualTo(3);
        List<ApiCallAggregate> calls = store.aggregateMinute(minute).apiCalls().stream()
                .filter(a -> a.appId().equals(app)).toList();
        assertThat(calls).hasSize(1);
        assertThat(calls.getFirst().calls()).isEqualTo(2);
    }
}
