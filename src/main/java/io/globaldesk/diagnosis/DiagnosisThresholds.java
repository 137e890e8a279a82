package io.globaldesk.diagnosis;

import java.time.Duration;

/**
 * The limits the rules judge against. Defaults follow the field: loss above 5% is poor, RTT above 400 ms is poor,
 * received video freezes above 5% and audio freezes above 3% are bad; jitter above 50 ms breaks smooth audio; a device
 * above 90% CPU that renders fewer than 12 fps is overloaded.
 *
 * @param minCohortUsers a cohort with fewer distinct users says nothing either way
 * @param cohortPadding  cohorts are measured over the session's span widened by this much on each side, so that short
 *                       calls still find enough neighbours, and then out to whole minutes
 */
public record DiagnosisThresholds(double lossPoorPct, double rttPoorMs, double jitterPoorMs,
                                  double videoFreezeBadPct, double audioFreezeBadPct,
                                  double cpuSaturatedPct, double fpsLow,
                                  int minCohortUsers, Duration cohortPadding) {

    public static final DiagnosisThresholds DEFAULTS =
            new DiagnosisThresholds(5, 400, 50, 5, 3, 90, 12, 5, Duration.ofMinutes(5));

    public DiagnosisThresholds {
        requirePositive("lossPoorPct", lossPoorPct);
        requirePositive("rttPoorMs", rttPoorMs);
        requirePositive("jitterPoorMs", jitterPoorMs);
        requirePositive("videoFreezeBadPct", videoFreezeBadPct);
        requirePositive("audioFreezeBadPct", audioFreezeBadPct);
        requirePositive("cpuSaturatedPct", cpuSaturatedPct);
        requirePositive("fpsLow", fpsLow);
        if (lossPoorPct > 100 || cpuSaturatedPct > 100) {
            throw new IllegalArgumentException("percent thresholds must be at most 100");
        }
        if (minCohortUsers < 1) throw new IllegalArgumentException("minCohortUsers must be at least 1");
        if (cohortPadding == null || cohortPadding.isNegative()) {
            throw new IllegalArgumentException("cohortPadding must be zero or positive");
        }
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0)) throw new IllegalArgumentException(name + " must be a positive number, was " + value);
    }
}
