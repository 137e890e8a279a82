package io.globaldesk.telemetry;

import java.time.Instant;

/**
 * One call-quality sample, as an SDK sends it every 2 s per user during a call (see the API contract, Telemetry).
 * {@code rttMs} and the loss figures describe the user's own link to its edge node; the freeze rates describe what this
 * user receives from the others in the session. Optional numeric fields are {@code null} when the SDK did not send them.
 */
public record QualitySample(
        Instant ts, String appId, String sessionId, String userId,
        String country, String region, String isp, NetworkType networkType, String edgeNode,
        String os, String sdkVersion, String device,
        Double rttMs, Double uplinkLossPct, Double downlinkLossPct, Double jitterMs,
        Double sendBitrateKbps, Double recvBitrateKbps, Double fps,
        Double audioFreezeRatePct, Double videoFreezeRatePct, Double cpuAppPct, Double cpuSystemPct) {

    public enum NetworkType { WIFI, ETHERNET, CELLULAR_4G, CELLULAR_5G, UNKNOWN }

    /** The platform an SDK runs on, taken from the first word of {@code os} ("Android 15" is "Android"). */
    public String platform() {
        if (os == null || os.isBlank()) return "unknown";
        // a plain scan: String.split("\\s+") compiles a regular expression for every sample stored
        String stripped = os.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') return stripped.substring(0, i);
        }
        return stripped;
    }
}
