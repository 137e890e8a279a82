package io.globaldesk.telemetry;

import static io.globaldesk.telemetry.FieldRules.required;

import io.globaldesk.telemetry.QualitySample.NetworkType;
import java.time.Instant;

/**
 * Decodes and validates one quality-sample line with Jackson's streaming parser. {@link QualitySampleDecoder} reads
 * UTF-8 lines by hand at several times its speed and hands it the lines Jackson would read as UTF-16 or UTF-32; the tests
 * hold the two to the same results.
 */
final class JacksonQualitySampleDecoder implements LineDecoder<QualitySample> {

    @Override
    public QualitySample decode(byte[] buffer, int offset, int length) {
        Instant ts = null;
        String appId = null, sessionId = null, userId = null, country = null, region = null, isp = null;
        String edgeNode = null, os = null, sdkVersion = null, device = null;
        NetworkType networkType = null;
        Double rtt = null, upLoss = null, downLoss = null, jitter = null, sendKbps = null, recvKbps = null, fps = null;
        Double audioFreeze = null, videoFreeze = null, cpuApp = null, cpuSystem = null;
        try (JsonLine line = JsonLine.open(buffer, offset, length)) {
            for (String f = line.nextField(); f != null; f = line.nextField()) {
                switch (f) {
                    case "ts" -> ts = line.instant(f);
                    case "appId" -> appId = line.string(f);
                    case "sessionId" -> sessionId = line.string(f);
                    case "userId" -> userId = line.string(f);
                    case "country" -> country = line.string(f);
                    case "region" -> region = line.string(f);
                    case "isp" -> isp = line.string(f);
                    case "networkType" -> networkType = QualitySampleDecoder.networkType(line.string(f));
                    case "edgeNode" -> edgeNode = line.string(f);
                    case "os" -> os = line.string(f);
                    case "sdkVersion" -> sdkVersion = line.string(f);
                    case "device" -> device = line.string(f);
                    case "rttMs" -> rtt = line.nonNegative(f);
                    case "uplinkLossPct" -> upLoss = line.percent(f);
                    case "downlinkLossPct" -> downLoss = line.percent(f);
                    case "jitterMs" -> jitter = line.nonNegative(f);
                    case "sendBitrateKbps" -> sendKbps = line.nonNegative(f);
                    case "recvBitrateKbps" -> recvKbps = line.nonNegative(f);
                    case "fps" -> fps = line.nonNegative(f);
                    case "audioFreezeRatePct" -> audioFreeze = line.percent(f);
                    case "videoFreezeRatePct" -> videoFreeze = line.percent(f);
                    case "cpuAppPct" -> cpuApp = line.percent(f);
                    case "cpuSystemPct" -> cpuSystem = line.percent(f);
                    default -> line.skipValue();
                }
            }
        }
        return new QualitySample(required(ts, "ts"), required(appId, "appId"), required(sessionId, "sessionId"),
                required(userId, "userId"), country, region, isp, networkType, edgeNode, os, sdkVersion, device,
                rtt, upLoss, downLoss, jitter, sendKbps, recvKbps, fps, audioFreeze, videoFreeze, cpuApp, cpuSystem);
    }
}
