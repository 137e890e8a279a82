package io.globaldesk.diagnosis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The diagnosis thresholds ({@code globaldesk.diagnosis.*}); the defaults are {@link DiagnosisThresholds#DEFAULTS}.
 *
 * @param ticketRetry how long a ticket naming a session without samples yet keeps waiting for them
 */
@ConfigurationProperties("globaldesk.diagnosis")
public record DiagnosisProperties(
        @DefaultValue("5") double lossPoorPct,
        @DefaultValue("400") double rttPoorMs,
        @DefaultValue("50") double jitterPoorMs,
        @DefaultValue("5") double videoFreezeBadPct,
        @DefaultValue("3") double audioFreezeBadPct,
        @DefaultValue("90") double cpuSaturatedPct,
        @DefaultValue("12") double fpsLow,
        @DefaultValue("5") int minCohortUsers,
        @DefaultValue("5m") Duration cohortPadding,
        @DefaultValue("30m") Duration ticketRetry) {

    public DiagnosisThresholds thresholds() {
        return new DiagnosisThresholds(lossPoorPct, rttPoorMs, jitterPoorMs, videoFreezeBadPct, audioFreezeBadPct,
                cpuSaturatedPct, fpsLow, minCohortUsers, cohortPadding);
    }
}
