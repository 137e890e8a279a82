package io.globaldesk.bench;

import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualitySample.NetworkType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates realistic quality samples in event-time order: a steady number of concurrent calls of 2–4 participants,
 * each user sending one sample every 2 s, spread over regions, ISPs, edge nodes, platforms and SDK versions, with
 * log-normal RTT and mostly small loss. Deterministic for a seed.
 */
public final class SampleGenerator {

    private static final String[][] REGIONS = {
            {"ap-northeast", "JP", "NTT", "KDDI", "SoftBank", "edge-tyo-1", "edge-tyo-3", "edge-osa-1"},
            {"ap-southeast", "SG", "Singtel", "StarHub", "M1", "edge-sin-1", "edge-sin-2", "edge-jkt-1"},
            {"cn-east", "CN", "China Telecom", "China Unicom", "China Mobile", "edge-sha-1", "edge-sha-2", "edge-hgh-1"},
            {"eu-west", "DE", "Deutsche Telekom", "Vodafone", "O2", "edge-fra-1", "edge-fra-2", "edge-ams-1"},
            {"us-east", "US", "Comcast", "Verizon", "AT&T", "edge-iad-1", "edge-iad-2", "edge-nyc-1"},
            {"sa-east", "BR", "Vivo", "Claro", "TIM", "edge-gru-1", "edge-gru-2", "edge-rio-1"}};
    private static final String[][] DEVICES = {
            {"Android 15", "Pixel 9"}, {"Android 14", "Galaxy S24"}, {"iOS 18.1", "iPhone 16"}, {"iOS 17.6", "iPhone 14"},
            {"Windows 11", "PC"}, {"macOS 15.1", "MacBook Pro"}, {"Web Chrome", "Chrome 131"}};
    private static final String[] SDKS = {"4.5.1", "4.5.0", "4.4.2", "4.3.0"};
    private static final NetworkType[] NETWORKS = {NetworkType.WIFI, NetworkType.WIFI, NetworkType.ETHERNET,
            NetworkType.CELLULAR_4G, NetworkType.CELLULAR_5G};

    private record User(String id, String[] region, String isp, String edge, String[] device, String sdk,
                        NetworkType network, double baseRtt, double baseLoss) {
    }

    private final class Call {
        final String sessionId;
        final List<User> users = new ArrayList<>();
        int ticksLeft;

        Call(long tick) {
            sessionId = "chan-" + (sessionCounter++) + ":" + (start.getEpochSecond() + tick * 2);
            String[] region = REGIONS[random.nextInt(REGIONS.length)];
            int participants = 2 + random.nextInt(3);
            for (int i = 0; i < participants; i++) {
                String[] r = random.nextInt(5) == 0 ? REGIONS[random.nextInt(REGIONS.length)] : region;
                users.add(new User("u-" + random.nextInt(5_000_000), r, r[2 + random.nextInt(3)], r[5 + random.nextInt(3)],
                        DEVICES[random.nextInt(DEVICES.length)], SDKS[random.nextInt(SDKS.length)],
                        NETWORKS[random.nextInt(NETWORKS.length)], 20 + Math.exp(3 + random.nextDouble() * 1.5),
                        random.nextInt(10) == 0 ? random.nextDouble() * 8 : random.nextDouble() * 0.8));
            }
            ticksLeft = 150 + random.nextInt(450); // 5 to 20 minutes
        }
    }

    private final SplittableRandom random;
    private final Instant start;
    private final List<Call> calls = new ArrayList<>();
    private long sessionCounter;
    private long tick;

    public SampleGenerator(long seed, Instant start, int concurrentCalls) {
        this.random = new SplittableRandom(seed);
        this.start = start;
        for (int i = 0; i < concurrentCalls; i++) {
            Call c = new Call(0);
            c.ticksLeft = 1 + random.nextInt(c.ticksLeft); // calls already under way at the start
            calls.add(c);
        }
    }

    /** The samples of the next 2-second tick, in one list. */
    List<QualitySample> nextTick() {
        Instant ts = start.plusSeconds(tick * 2).plusMillis(random.nextInt(1000));
        List<QualitySample> out = new ArrayList<>(calls.size() * 3);
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            for (User u : c.users) out.add(sample(ts, c, u));
            if (--c.ticksLeft <= 0) calls.set(i, new Call(tick));
        }
        tick++;
        return out;
    }

    public List<QualitySample> next(int count) {
        List<QualitySample> out = new ArrayList<>(count + 64);
        while (out.size() < count) out.addAll(nextTick());
        return out;
    }

    private QualitySample sample(Instant ts, Call c, User u) {
        double rtt = u.baseRtt() * (0.8 + random.nextDouble() * 0.5);
        double up = round(Math.min(100, u.baseLoss() * random.nextDouble() * 2));
        double down = round(Math.min(100, u.baseLoss() * random.nextDouble() * 2));
        return new QualitySample(ts, "app-" + (c.sessionId.length() % 50), c.sessionId, u.id(), u.region()[1],
                u.region()[0], u.isp(), u.network(), u.edge(), u.device()[0], u.sdk(), u.device()[1],
                (double) Math.round(rtt), up, down, (double) random.nextInt(30), 300.0 + random.nextInt(1500),
                300.0 + random.nextInt(1500), 15.0 + random.nextInt(16), round(random.nextDouble() * 2),
                round(random.nextDouble() * 4), 10.0 + random.nextInt(40), 20.0 + random.nextInt(60));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The sample as an SDK would send it: one NDJSON line, with its newline. */
    public static void appendNdjson(StringBuilder sb, QualitySample s) {
        sb.append("{\"ts\":\"").append(s.ts()).append("\",\"appId\":\"").append(s.appId())
                .append("\",\"sessionId\":\"").append(s.sessionId()).append("\",\"userId\":\"").append(s.userId())
                .append("\",\"country\":\"").append(s.country()).append("\",\"region\":\"").append(s.region())
                .append("\",\"isp\":\"").append(s.isp()).append("\",\"networkType\":\"").append(s.networkType())
                .append("\",\"edgeNode\":\"").append(s.edgeNode()).append("\",\"os\":\"").append(s.os())
                .append("\",\"sdkVersion\":\"").append(s.sdkVersion()).append("\",\"device\":\"").append(s.device())
                .append("\",\"rttMs\":").append(s.rttMs()).append(",\"uplinkLossPct\":").append(s.uplinkLossPct())
                .append(",\"downlinkLossPct\":").append(s.downlinkLossPct()).append(",\"jitterMs\":").append(s.jitterMs())
                .append(",\"sendBitrateKbps\":").append(s.sendBitrateKbps()).append(",\"recvBitrateKbps\":")
                .append(s.recvBitrateKbps()).append(",\"fps\":").append(s.fps()).append(",\"audioFreezeRatePct\":")
                .append(s.audioFreezeRatePct()).append(",\"videoFreezeRatePct\":").append(s.videoFreezeRatePct())
                .append(",\"cpuAppPct\":").append(s.cpuAppPct()).append(",\"cpuSystemPct\":").append(s.cpuSystemPct())
                .append("}\n");
    }
}
