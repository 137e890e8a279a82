package io.globaldesk.diagnosis;

import org.junit.jupiter.api.Test;

import static io.globaldesk.diagnosis.Links.*;
import static org.assertj.core.api.Assertions.assertThat;

class LocalNetworkRuleTests {

    private final LocalNetworkRule rule = new LocalNetworkRule();

    @Test
    void blamesTheUsersOwnNetworkWhenTheirIspAndEdgeAreFineForOthers() {
        Finding finding = rule.evaluate(context(lossy(12), fineCohort(30), fineCohort(40))).orElseThrow();

        assertThat(finding.segment()).isEqualTo(Segment.LOCAL_NETWORK);
        assertThat(finding.evidence()).anySatisfy(e -> {
            assertThat(e.scope()).isEqualTo(EvidenceScope.USER);
            assertThat(e.metric()).isEqualTo("lossPct");
            assertThat(e.value()).isEqualTo(12);
            assertThat(e.baseline()).as("the ISP cohort's median is the user's baseline").isEqualTo(0.4);
        });
    }

    @Test
    void countsARoundTripTimeAboveTheLimitAsAPoorLinkEvenWithoutLoss() {
        assertThat(rule.evaluate(context(slow(650), fineCohort(30), fineCohort(40))))
                .hasValueSatisfying(f -> assertThat(f.segment()).isEqualTo(Segment.LOCAL_NETWORK));
    }

    @Test
    void stillBlamesTheLocalNetworkWithoutCohortsButLessSurely() {
        double withCohorts = rule.evaluate(context(lossy(12), fineCohort(30), fineCohort(40))).orElseThrow().confidence();
        double without = rule.evaluate(context(lossy(12), CohortStats.EMPTY, CohortStats.EMPTY)).orElseThrow().confidence();

        assertThat(without).isLessThan(withCohorts).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void staysOutWhenTheIspIsDegradedForOthersToo() {
        assertThat(rule.evaluate(context(lossy(12), poorCohort(30, 8), fineCohort(40)))).isEmpty();
    }

    @Test
    void staysOutForAMildlyWorseLineInsideTheLimits() {
        assertThat(rule.evaluate(context(lossy(4.5), fineCohort(30), fineCohort(40)))).isEmpty();
    }

    @Test
    void isSurerTheFurtherTheLinkIsPastTheLimit() {
        double barely = rule.evaluate(context(lossy(5.5), fineCohort(30), fineCohort(40))).orElseThrow().confidence();
        double clearly = rule.evaluate(context(lossy(15), fineCohort(30), fineCohort(40))).orElseThrow().confidence();

        assertThat(barely).isBetween(0.5, 0.7);
        assertThat(clearly).isGreaterThan(0.9);
    }
}
