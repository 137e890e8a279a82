package io.globaldesk.diagnosis;

/**
 * Reads links, receptions, devices and cohorts against the thresholds as margins: how far past (positive) or short of
 * (negative) a limit a figure is, as a share of the limit. Missing figures count as fine, never as a fault.
 */
record LinkJudge(DiagnosisThresholds limits) {

    /** Above zero when the link is poor; the worst of loss, RTT and jitter decides. */
    double poorMargin(LinkStats link) {
        return worst(link.lossPct(), link.rttMs(), link.jitterMs());
    }

    /**
     * Above zero when what this participant sends arrives broken: loss or jitter past its limit. Delay alone makes a
     * call awkward but does not freeze the picture, so RTT does not count here.
     */
    double sendsBrokenMediaMargin(LinkStats link) {
        return Math.max(over(link.lossPct(), limits.lossPoorPct()), over(link.jitterMs(), limits.jitterPoorMs()));
    }

    double poorMargin(CohortStats cohort) {
        return worst(cohort.lossMedianPct(), cohort.rttMedianMs(), cohort.jitterMedianMs());
    }

    boolean known(CohortStats cohort) {
        return cohort.userCount() >= limits.minCohortUsers();
    }

    /** Above zero when the freezes this participant receives are bad. */
    double receptionBadMargin(LinkStats link) {
        return Math.max(over(link.videoFreezePct(), limits.videoFreezeBadPct()),
                over(link.audioFreezePct(), limits.audioFreezeBadPct()));
    }

    /** Above zero when the device is saturated and its frame rate has dropped; both must hold. */
    double overloadMargin(LinkStats link) {
        double cpu = Math.max(orZero(link.cpuSystemPct()), orZero(link.cpuAppPct()));
        double cpuMargin = (cpu - limits.cpuSaturatedPct()) / Math.max(1, 100 - limits.cpuSaturatedPct());
        double fpsMargin = Double.isNaN(link.fps()) ? -1 : (limits.fpsLow() - link.fps()) / limits.fpsLow();
        return Math.min(cpuMargin, fpsMargin);
    }

    private double worst(double lossPct, double rttMs, double jitterMs) {
        return Math.max(over(lossPct, limits.lossPoorPct()),
                Math.max(over(rttMs, limits.rttPoorMs()), over(jitterMs, limits.jitterPoorMs())));
    }

    private static double over(double value, double limit) {
        return Double.isNaN(value) ? -1 : (value - limit) / limit;
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
