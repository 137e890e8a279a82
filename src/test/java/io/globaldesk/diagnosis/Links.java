package io.globaldesk.diagnosis;

import java.util.Map;

/** Ready-made links, cohorts and contexts for the rule tests; each test changes only what it is about. */
final class Links {
    private Links() {}

    static final DiagnosisThresholds LIMITS = DiagnosisThresholds.DEFAULTS;

    static LinkStats healthy() {
        return new LinkStats(120, 45, 0.5, 0.4, 0.5, 8, 0.8, 0.3, 28, 20, 40);
    }

    static LinkStats lossy(double lossPct) {
        return new LinkStats(120, 90, lossPct, lossPct, lossPct * 0.8, 30, 3 * lossPct, 1.5 * lossPct, 26, 20, 40);
    }

    static LinkStats slow(double rttMs) {
        return new LinkStats(120, rttMs, 1.0, 1.0, 0.8, 40, 1, 0.5, 28, 20, 40);
    }

    static LinkStats overloaded(double cpuSystemPct, double fps) {
        return new LinkStats(120, 45, 0.5, 0.4, 0.5, 8, 0.8, 0.3, fps, cpuSystemPct * 0.7, cpuSystemPct);
    }

    static LinkStats receivingFreezes(double videoFreezePct, double audioFreezePct) {
        return new LinkStats(120, 45, 0.5, 0.4, 0.5, 8, videoFreezePct, audioFreezePct, 28, 20, 40);
    }

    static CohortStats fineCohort(int users) {
        return new CohortStats(users, users / 2 + 1, users * 100L, 50, 110, 0.4, 1.8, 8, 22);
    }

    static CohortStats poorCohort(int users, double lossMedianPct) {
        return new CohortStats(users, users / 2 + 1, users * 100L, 260, 520, lossMedianPct, lossMedianPct * 2, 38, 70);
    }

    static DiagnosisContext context(LinkStats user, Map<String, LinkStats> peers, CohortStats isp, CohortStats edge) {
        return new DiagnosisContext("chan-1:1764039600", "u-1", "ap-northeast", "KDDI", "edge-tyo-1",
                user, peers, isp, edge, new LinkJudge(LIMITS));
    }

    static DiagnosisContext context(LinkStats user, CohortStats isp, CohortStats edge) {
        return context(user, Map.of("u-2", healthy()), isp, edge);
    }
}
