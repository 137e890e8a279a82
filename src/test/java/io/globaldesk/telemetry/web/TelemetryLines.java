package io.globaldesk.telemetry.web;

import java.time.Instant;

/** NDJSON lines as an SDK sends them, for tests of the ingest endpoints. */
final class TelemetryLines {

    private TelemetryLines() {
    }

    static String sample(Instant ts, String appId, String sessionId, String userId) {
        return sample(ts.toString(), appId, sessionId, userId, "WIFI", 0.4);
    }

    static String sample(String ts, String appId, String sessionId, String userId, String networkType, double uplinkLoss) {
        return "{" + (ts == null ? "" : "\"ts\":\"" + ts + "\",") + "\"appId\":\"" + appId + "\",\"sessionId\":\""
                + sessionId + "\",\"userId\":\"" + userId + "\",\"country\":\"JP\",\"region\":\"ap-northeast\","
                + "\"isp\":\"NTT\",\"networkType\":\"" + networkType + "\",\"edgeNode\":\"edge-tyo-3\","
                + "\"os\":\"Android 15\",\"sdkVersion\":\"4.5.1\",\"device\":\"Pixel 9\",\"rttMs\":48,"
                + "\"uplinkLossPct\":" + uplinkLoss + ",\"downlinkLossPct\":0.2,\"jitterMs\":6,\"sendBitrateKbps\":820,"
                + "\"recvBitrateKbps\":1430,\"fps\":24,\"audioFreezeRatePct\":0.0,\"videoFreezeRatePct\":1.2,"
                + "\"cpuAppPct\":23,\"cpuSystemPct\":41}";
    }

    static String apiCall(Instant ts, String appId, String api, String status) {
        return "{\"ts\":\"" + ts + "\",\"appId\":\"" + appId + "\",\"api\":\"" + api
                + "\",\"region\":\"ap-northeast\",\"status\":\"" + status + "\",\"latencyMs\":35}";
    }
}
