package io.globaldesk.simulator;

import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualitySample.NetworkType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NdjsonTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesASampleWithTheContractsFieldNamesInOrder() {
        QualitySample s = new QualitySample(Instant.parse("2026-11-25T03:00:02Z"), "app-42", "chan-991:1732503600", "u-17",
                "JP", "ap-northeast", "NTT", NetworkType.WIFI, "edge-tyo-3", "Android 15", "4.5.1", "Pixel 9",
                48.0, 0.4, 0.2, 6.0, 820.0, 1430.0, 24.0, 0.0, 1.2, 23.0, 41.0);

        String line = Ndjson.line(s);

        assertThat(line).startsWith("{\"ts\":\"2026-11-25T03:00:02Z\",\"appId\":\"app-42\"").doesNotContain("\n");
        assertThat(line).contains("\"rttMs\":48,\"uplinkLossPct\":0.4").contains("\"networkType\":\"WIFI\"");
        JsonNode node = json.readTree(line);
        assertThat(List.of("ts", "appId", "sessionId", "userId", "country", "region", "isp", "networkType", "edgeNode",
                "os", "sdkVersion", "device", "rttMs", "uplinkLossPct", "downlinkLossPct", "jitterMs", "sendBitrateKbps",
                "recvBitrateKbps", "fps", "audioFreezeRatePct", "videoFreezeRatePct", "cpuAppPct", "cpuSystemPct"))
                .allSatisfy(field -> assertThat(node.has(field)).as(field).isTrue());
        assertThat(node.get("videoFreezeRatePct").asDouble()).isEqualTo(1.2);
    }

    @Test
    void leavesOutMissingValuesAndEscapesText() {
        QualitySample s = new QualitySample(Instant.parse("2026-11-25T03:00:02Z"), "app-\"1\"", "s\\1", "u\n1",
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        JsonNode node = json.readTree(Ndjson.line(s));

        assertThat(node.get("appId").asString()).isEqualTo("app-\"1\"");
        assertThat(node.get("sessionId").asString()).isEqualTo("s\\1");
        assertThat(node.get("userId").asString()).isEqualTo("u\n1");
        assertThat(node.has("rttMs")).isFalse();
        assertThat(node.has("isp")).isFalse();
    }

    @Test
    void writesApiCallsWithTheirErrorCodeOnlyWhenFailed() {
        JsonNode ok = json.readTree(Ndjson.line(new ApiCallEvent(Instant.parse("2026-11-25T03:00:02Z"), "app-1", "join_channel",
                "eu-west", 200, null, 81.5)));
        JsonNode failed = json.readTree(Ndjson.line(new ApiCallEvent(Instant.parse("2026-11-25T03:00:02Z"), "app-1",
                "join_channel", "eu-west", 503, "UNAVAILABLE", 2400)));

        assertThat(ok.get("status").asInt()).isEqualTo(200);
        assertThat(ok.has("errorCode")).isFalse();
        assertThat(ok.get("latencyMs").asDouble()).isEqualTo(81.5);
        assertThat(failed.get("errorCode").asString()).isEqualTo("UNAVAILABLE");
    }
}
