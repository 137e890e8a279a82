package io.globaldesk.telemetry;

import static io.globaldesk.telemetry.FieldRules.required;

import io.globaldesk.telemetry.QualitySample.NetworkType;
import java.time.Instant;

/**
 * Decodes and validates one quality-sample line; unknown properties are skipped so SDKs may add fields. Reads the bytes
 * by hand ({@link JsonCursor}) because ingest's budget is about a microsecond a sample, and accepts and refuses exactly
 * what {@link JacksonQualitySampleDecoder} does; a line Jackson would read as UTF-16 or UTF-32 goes to that decoder.
 * Thread-safe: the string cache is its only state.
 */
final class QualitySampleDecoder implements LineDecoder<QualitySample> {

    private static final int TS = 0, APP_ID = 1, SESSION_ID = 2, USER_ID = 3, COUNTRY = 4, REGION = 5, ISP = 6,
            NETWORK_TYPE = 7, EDGE_NODE = 8, OS = 9, SDK_VERSION = 10, DEVICE = 11, RTT = 12, UP_LOSS = 13, DOWN_LOSS = 14,
            JITTER = 15, SEND_KBPS = 16, RECV_KBPS = 17, FPS = 18, AUDIO_FREEZE = 19, VIDEO_FREEZE = 20, CPU_APP = 21,
            CPU_SYSTEM = 22;
    private static final FieldNames FIELDS = new FieldNames("ts", "appId", "sessionId", "userId", "country", "region",
            "isp", "networkType", "edgeNode", "os", "sdkVersion", "device", "rttMs", "uplinkLossPct", "downlinkLossPct",
            "jitterMs", "sendBitrateKbps", "recvBitrateKbps", "fps", "audioFreezeRatePct", "videoFreezeRatePct",
            "cpuAppPct", "cpuSystemPct");

    private final StringCache lowCardinality = new StringCache(4096);
    private final JacksonQualitySampleDecoder wideEncodings = new JacksonQualitySampleDecoder();

    @Override
    public QualitySample decode(byte[] buffer, int offset, int length) {
        if (JsonCursor.wideEncoding(buffer, offset, length)) return wideEncodings.decode(buffer, offset, length);
        JsonCursor in = JsonCursor.openObject(buffer, offset, length);
        Instant ts = null;
        String appId = null, sessionId = null, userId = null, country = null, region = null, isp = null;
        String edgeNode = null, os = null, sdkVersion = null, device = null;
        NetworkType networkType = null;
        double rtt = Double.NaN, upLoss = Double.NaN, downLoss = Double.NaN, jitter = Double.NaN, sendKbps = Double.NaN;
        double recvKbps = Double.NaN, fps = Double.NaN, audioFreeze = Double.NaN, videoFreeze = Double.NaN;
        double cpuApp = Double.NaN, cpuSystem = Double.NaN;
        if (in.firstMember()) {
            do {
                int f = in.name(FIELDS);
                switch (f) {
                    case TS -> ts = in.instant("ts");
                    case APP_ID -> appId = in.string("appId", lowCardinality);
                    case SESSION_ID -> sessionId = in.string("sessionId", null);
                    case USER_ID -> userId = in.string("userId", null);
                    case COUNTRY -> country = in.string("country", lowCardinality);
                    case REGION -> region = in.string("region", lowCardinality);
                    case ISP -> isp = in.string("isp", lowCardinality);
                    case NETWORK_TYPE -> networkType = networkType(in.string("networkType", lowCardinality));
                    case EDGE_NODE -> edgeNode = in.string("edgeNode", lowCardinality);
                    case OS -> os = in.string("os", lowCardinality);
                    case SDK_VERSION -> sdkVersion = in.string("sdkVersion", lowCardinality);
                    case DEVICE -> device = in.string("device", lowCardinality);
                    case RTT -> rtt = nonNegative(in, f);
                    case UP_LOSS -> upLoss = percent(in, f);
                    case DOWN_LOSS -> downLoss = percent(in, f);
                    case JITTER -> jitter = nonNegative(in, f);
                    case SEND_KBPS -> sendKbps = nonNegative(in, f);
                    case RECV_KBPS -> recvKbps = nonNegative(in, f);
                    case FPS -> fps = nonNegative(in, f);
                    case AUDIO_FREEZE -> audioFreeze = percent(in, f);
                    case VIDEO_FREEZE -> videoFreeze = percent(in, f);
                    case CPU_APP -> cpuApp = percent(in, f);
                    case CPU_SYSTEM -> cpuSystem = percent(in, f);
                    default -> in.skipValue();
                }
            } while (in.nextMember());
        }
        in.endOfLine();
        return new QualitySample(required(ts, "ts"), required(appId, "appId"), required(sessionId, "sessionId"),
                required(userId, "userId"), country, region, isp, networkType, edgeNode, os, sdkVersion, device,
                BoxedDoubles.box(rtt), BoxedDoubles.box(upLoss), BoxedDoubles.box(downLoss), BoxedDoubles.box(jitter),
                BoxedDoubles.box(sendKbps), BoxedDoubles.box(recvKbps), BoxedDoubles.box(fps), BoxedDoubles.box(audioFreeze),
                BoxedDoubles.box(videoFreeze), BoxedDoubles.box(cpuApp), BoxedDoubles.box(cpuSystem));
    }

    private static double nonNegative(JsonCursor in, int field) {
        String name = FIELDS.name(field);
        return FieldRules.nonNegative(name, in.number(name));
    }

    private static double percent(JsonCursor in, int field) {
        String name = FIELDS.name(field);
        return FieldRules.percent(name, in.number(name));
    }

    static NetworkType networkType(String value) {
        if (value == null) return null;
        return switch (value) {
            case "WIFI" -> NetworkType.WIFI;
            case "ETHERNET" -> NetworkType.ETHERNET;
            case "CELLULAR_4G" -> NetworkType.CELLULAR_4G;
            case "CELLULAR_5G" -> NetworkType.CELLULAR_5G;
            case "UNKNOWN" -> NetworkType.UNKNOWN;
            default -> throw new LineRejectedException(
                    "networkType must be one of WIFI, ETHERNET, CELLULAR_4G, CELLULAR_5G, UNKNOWN, was '" + value + "'");
        };
    }
}
