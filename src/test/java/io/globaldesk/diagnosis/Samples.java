package io.globaldesk.diagnosis;

import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualitySample.NetworkType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-made quality samples: a user's call as a run of identical 2-second samples. */
final class Samples {
    private Samples() {}

    static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

    record Link(double rttMs, double lossPct, double jitterMs, double videoFreezePct, double audioFreezePct,
                double fps, double cpuSystemPct) {
        static Link healthy() { return new Link(40, 0.4, 6, 0.5, 0.2, 28, 35); }
        static Link lossy(double loss) { return new Link(120, loss, 35, 2 * loss, loss, 26, 35); }
        Link receiving(double video, double audio) { return new Link(rttMs, lossPct, jitterMs, video, audio, fps, cpuSystemPct); }
    }

    static List<QualitySample> call(String session, String user, String isp, String edge, Link link, int samples) {
        List<QualitySample> out = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            out.add(new QualitySample(T0.plusSeconds(2L * i), "app-1", session, user, "JP", "ap-northeast", isp,
                    NetworkType.WIFI, edge, "Android 15", "4.5.1", "Pixel 9",
                    link.rttMs(), link.lossPct(), link.lossPct() * 0.8, link.jitterMs(), 800.0, 1400.0, link.fps(),
                    link.audioFreezePct(), link.videoFreezePct(), link.cpuSystemPct() * 0.6, link.cpuSystemPct()));
        }
        return out;
    }
}
