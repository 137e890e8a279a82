package io.globaldesk.sla;

import io.globaldesk.directory.Tier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlaAttainmentReportTests {

    @Test
    void groupsOutcomesByCenterSeverityAndTierPerMeasure() {
        SlaAttainmentReport report = SlaAttainmentReport.of(List.of(
                new SlaOutcome("APAC", Severity.S1, Tier.ENTERPRISE, SlaMeasure.FIRST_RESPONSE, true),
                new SlaOutcome("APAC", Severity.S2, Tier.STANDARD, SlaMeasure.FIRST_RESPONSE, false),
                new SlaOutcome("EMEA", Severity.S1, Tier.STANDARD, SlaMeasure.FIRST_RESPONSE, true),
                new SlaOutcome("EMEA", Severity.S1, Tier.STANDARD, SlaMeasure.RESOLUTION, false)));

        assertThat(report.overall(SlaMeasure.FIRST_RESPONSE)).isEqualTo(new SlaAttainmentReport.Attainment(2, 3));
        assertThat(report.byCenter(SlaMeasure.FIRST_RESPONSE)).containsEntry("APAC", new SlaAttainmentReport.Attainment(1, 2))
                .containsEntry("EMEA", new SlaAttainmentReport.Attainment(1, 1));
        assertThat(report.bySeverity(SlaMeasure.FIRST_RESPONSE).get(Severity.S1).percent()).isEqualTo(100.0);
        assertThat(report.byTier(SlaMeasure.RESOLUTION)).containsOnlyKeys(Tier.STANDARD);
        assertThat(report.overall(SlaMeasure.RESOLUTION).percent()).isZero();
        assertThat(report.render()).contains("FIRST_RESPONSE: overall  66.7% (2/3)");
    }
}
