package io.globaldesk.diagnosis;

import org.junit.jupiter.api.Test;

import static io.globaldesk.diagnosis.Links.*;
import static org.assertj.core.api.Assertions.assertThat;

class IspRuleTests {

    private final IspRule rule = new IspRule();

    @Test
    void blamesTheIspWhenItsOtherUsersInTheRegionAreDegradedAndOtherIspsOnTheEdgeAreFine() {
        Finding finding = rule.evaluate(context(lossy(9), poorCohort(40, 8), fineCohort(60))).orElseThrow();

        assertThat(finding.segment()).isEqualTo(Segment.ISP);
        assertThat(finding.summaryArgs()).containsEntry("isp", "KDDI").containsEntry("region", "ap-northeast")
                .containsEntry("ispUsers", 40);
        assertThat(finding.evidence()).anySatisfy(e -> {
            assertThat(e.scope()).isEqualTo(EvidenceScope.ISP_COHORT);
            assertThat(e.metric()).isEqualTo("lossPct");
            assertThat(e.value()).isEqualTo(8);
        });
    }

    @Test
    void staysOutWhenTheIspsOtherUsersAreFine() {
        assertThat(rule.evaluate(context(lossy(9), fineCohort(40), fineCohort(60)))).isEmpty();
    }

    @Test
    void staysOutWhenOtherIspsOnTheSameEdgeSufferToo() {
        assertThat(rule.evaluate(context(lossy(9), poorCohort(40, 8), poorCohort(60, 7)))).isEmpty();
    }

    @Test
    void staysOutWhenTheIspCohortIsTooSmallToTell() {
        assertThat(rule.evaluate(context(lossy(9), poorCohort(2, 8), fineCohort(60)))).isEmpty();
    }

    @Test
    void isLessSureWhenTheEdgeCohortCannotConfirmOtherIspsAreFine() {
        double withEdge = rule.evaluate(context(lossy(9), poorCohort(40, 8), fineCohort(60))).orElseThrow().confidence();
        double withoutEdge = rule.evaluate(context(lossy(9), poorCohort(40, 8), CohortStats.EMPTY)).orElseThrow().confidence();

        assertThat(withoutEdge).isLessThan(withEdge);
    }
}
