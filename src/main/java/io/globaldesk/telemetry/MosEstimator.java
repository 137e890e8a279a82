package io.globaldesk.telemetry;

/**
 * Estimates a call's mean opinion score (MOS, 1–4.5) from its network figures with the ITU-T G.107 E-model, simplified
 * the way monitoring tools usually do: R = 93.2 − Id − Ie-eff, where Id is the delay impairment of the effective
 * one-way delay (half the RTT, plus twice the jitter for the de-jitter buffer, plus a fixed codec delay) and Ie-eff the
 * packet-loss impairment of the codec (G.113 Appendix I values; the defaults are G.711 with packet-loss concealment,
 * a conservative stand-in for modern codecs). Loss is taken as random (BurstR = 1).
 */
public final class MosEstimator {

    private static final double R0 = 93.2;

    private final double codecDelayMs;
    private final double equipmentImpairment;
    private final double packetLossRobustness;

    /** G.711 with PLC: no codec impairment, Bpl 25.1, 10 ms of codec/packetisation delay. */
    public MosEstimator() {
        this(10, 0, 25.1);
    }

    public MosEstimator(double codecDelayMs, double equipmentImpairment, double packetLossRobustness) {
        if (packetLossRobustness <= 0) throw new IllegalArgumentException("packetLossRobustness (Bpl) must be positive");
        this.codecDelayMs = codecDelayMs;
        this.equipmentImpairment = equipmentImpairment;
        this.packetLossRobustness = packetLossRobustness;
    }

    /** MOS for a link with this round-trip time, loss (%) and jitter; a missing jitter or loss counts as zero. */
    public double mos(double rttMs, Double lossPct, Double jitterMs) {
        return mosFromR(rFactor(rttMs, lossPct == null ? 0 : lossPct, jitterMs == null ? 0 : jitterMs));
    }

    public double rFactor(double rttMs, double lossPct, double jitterMs) {
        if (rttMs < 0 || lossPct < 0 || lossPct > 100 || jitterMs < 0) {
            throw new IllegalArgumentException("rtt and jitter must be >= 0 and loss within 0..100 %, was rtt=" + rttMs
                    + " loss=" + lossPct + " jitter=" + jitterMs);
        }
        double d = rttMs / 2 + 2 * jitterMs + codecDelayMs;
        double id = 0.024 * d + (d > 177.3 ? 0.11 * (d - 177.3) : 0);
        double ieEff = equipmentImpairment
                + (95 - equipmentImpairment) * lossPct / (lossPct + packetLossRobustness);
        return R0 - id - ieEff;
    }

    /**
     * G.107 Annex B mapping from the rating factor R to MOS. The cubic dips just below 1 for R under about 6.5; it is
     * held at 1 there so that a worse link never scores better.
     */
    public static double mosFromR(double r) {
        if (r <= 0) return 1;
        if (r >= 100) return 4.5;
        return Math.max(1, 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6);
    }
}
