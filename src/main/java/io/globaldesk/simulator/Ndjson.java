package io.globaldesk.simulator;

import io.globaldesk.telemetry.QualitySample;

/** One JSON object per line, in the field names and order of the API contract; fields without a value are left out. */
public final class Ndjson {
    private Ndjson() {}

    public static String line(QualitySample s) {
        Line l = new Line();
        l.text("ts", s.ts() == null ? null : s.ts().toString()).text("appId", s.appId())
                .text("sessionId", s.sessionId()).text("userId", s.userId()).text("country", s.country())
                .text("region", s.region()).text("isp", s.isp())
                .text("networkType", s.networkType() == null ? null : s.networkType().name())
                .text("edgeNode", s.edgeNode()).text("os", s.os()).text("sdkVersion", s.sdkVersion())
                .text("device", s.device())
                .number("rttMs", s.rttMs()).number("uplinkLossPct", s.uplinkLossPct())
                .number("downlinkLossPct", s.downlinkLossPct()).number("jitterMs", s.jitterMs())
                .number("sendBitrateKbps", s.sendBitrateKbps()).number("recvBitrateKbps", s.recvBitrateKbps())
                .number("fps", s.fps()).number("audioFreezeRatePct", s.audioFreezeRatePct())
                .number("videoFreezeRatePct", s.videoFreezeRatePct()).number("cpuAppPct", s.cpuAppPct())
                .number("cpuSystemPct", s.cpuSystemPct());
        return l.close();
    }

    public static String line(ApiCallEvent e) {
        return new Line().text("ts", e.ts().toString()).text("appId", e.appId()).text("api", e.api())
                .text("region", e.region()).number("status", (double) e.status()).text("errorCode", e.errorCode())
                .number("latencyMs", e.latencyMs()).close();
    }

    private static final class Line {
        private final StringBuilder out = new StringBuilder(512).append('{');

        Line text(String name, String value) {
            if (value == null) return this;
            name(name).append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) out.append(String.format("\\u%04x", (int) c)); else out.append(c);
                    }
                }
            }
            out.append('"');
            return this;
        }

        Line number(String name, Double value) {
            if (value == null || value.isNaN() || value.isInfinite()) return this;
            double v = value;
            name(name);
            if (v == Math.rint(v) && Math.abs(v) < 1e15) out.append((long) v); else out.append(v);
            return this;
        }

        private StringBuilder name(String name) {
            if (out.length() > 1) out.append(',');
            return out.append('"').append(name).append("\":");
        }

        String close() {
            return out.append('}').toString();
        }
    }
}
