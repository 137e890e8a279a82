package io.globaldesk.telemetry.duckdb;

import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualitySample.NetworkType;
import java.time.Instant;

/** Builds samples for tests: a fixed, healthy baseline with the fields a test cares about set. */
record Samples(Instant ts, String sessionId, String userId, String region, String isp, String edgeNode,
               Double rtt, Double upLoss, Double downLoss, Double jitter) {

    static Samples at(String ts) {
        return new Samples(Instant.parse(ts), "s-1", "u-1", "ap-northeast", "NTT", "edge-tyo-3", 50.0, 0.5, 0.2, 5.0);
    }

    Samples session(String id) {
        return new Samples(ts, id, userId, region, isp, edgeNode, rtt, upLoss, downLoss, jitter);
    }

    Samples user(String id) {
        return new Samples(ts, sessionId, id, region, isp, edgeNode, rtt, upLoss, downLoss, jitter);
    }

    Samples isp(String region, String isp, String edge) {
        return new Samples(ts, sessionId, userId, region, isp, edge, rtt, upLoss, downLoss, jitter);
    }

    Samples link(Double rtt, Double upLoss, Double downLoss, Double jitter) {
        return new Samples(ts, sessionId, userId, region, isp, edgeNode, rtt, upLoss, downLoss, jitter);
    }

    Samples plusSeconds(long s) {
        return new Samples(ts.plusSeconds(s), sessionId, userId, region, isp, edgeNode, rtt, upLoss, downLoss, jitter);
    }

    QualitySample build() {
        return new QualitySample(ts, "app-42", sessionId, userId, "JP", region, isp, NetworkType.WIFI, edgeNode,
                "Android 15", "4.5.1", "Pixel 9", rtt, upLoss, downLoss, jitter, 820.0, 1430.0, 24.0, 0.0, 1.2, 23.0, 41.0);
    }
}
