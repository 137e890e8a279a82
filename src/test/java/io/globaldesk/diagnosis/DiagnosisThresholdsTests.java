package io.globaldesk.diagnosis;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagnosisThresholdsTests {

    @Test
    void defaultsFollowTheField() {
        DiagnosisThresholds d = DiagnosisThresholds.DEFAULTS;
        assertThat(d.lossPoorPct()).isEqualTo(5);
        assertThat(d.videoFreezeBadPct()).isEqualTo(5);
        assertThat(d.audioFreezeBadPct()).isEqualTo(3);
        assertThat(d.rttPoorMs()).isEqualTo(400);
        assertThat(d.cpuSaturatedPct()).isEqualTo(90);
    }

    @Test
    void rejectsLimitsThatCannotBeMet() {
        assertThatThrownBy(() -> new DiagnosisThresholds(0, 400, 50, 5, 3, 90, 12, 5, Duration.ZERO))
                .hasMessageContaining("lossPoorPct must be a positive number");
        assertThatThrownBy(() -> new DiagnosisThresholds(120, 400, 50, 5, 3, 90, 12, 5, Duration.ZERO))
                .hasMessageContaining("at most 100");
        assertThatThrownBy(() -> new DiagnosisThresholds(5, 400, 50, 5, 3, 90, 12, 0, Duration.ZERO))
                .hasMessageContaining("minCohortUsers");
        assertThatThrownBy(() -> new DiagnosisThresholds(5, 400, 50, 5, 3, 90, 12, 5, Duration.ofMinutes(-1)))
                .hasMessageContaining("cohortPadding");
    }
}
