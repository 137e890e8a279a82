package io.globaldesk.diagnosis;

import org.junit.jupiter.api.Test;

import static io.globaldesk.diagnosis.Links.*;
import static org.assertj.core.api.Assertions.assertThat;

class EdgeNodeRuleTests {

    private final EdgeNodeRule rule = new EdgeNodeRule();

    @Test
    void blamesTheEdgeWhenOtherIspsOnTheSameEdgeAreDegradedToo() {
        Finding finding = rule.evaluate(context(lossy(11), fineCohort(30), poorCohort(25, 9))).orElseThrow();

        assertThat(finding.segment()).isEqualTo(Segment.EDGE_NODE);
        assertThat(finding.summaryKey()).isEqualTo("diagnosis.summary.edge_node");
        assertThat(finding.evidence()).anySatisfy(e -> {
            assertThat(e.scope()).isEqualTo(EvidenceScope.EDGE_COHORT);
            assertThat(e.metric()).isEqualTo("lossPct");
            assertThat(e.value()).isEqualTo(9);
            assertThat(e.baseline()).isEqualTo(5);
        });
        assertThat(finding.evidence()).anySatisfy(e -> assertThat(e.scope()).isEqualTo(EvidenceScope.USER));
    }

    @Test
    void staysOutWhenOtherIspsOnTheEdgeAreFine() {
        assertThat(rule.evaluate(context(lossy(11), poorCohort(30, 9), fineCohort(25)))).isEmpty();
    }

    @Test
    void staysOutWhenTooFewOtherUsersShareTheEdge() {
        assertThat(rule.evaluate(context(lossy(11), fineCohort(30), poorCohort(LIMITS.minCohortUsers() - 1, 9)))).isEmpty();
    }

    @Test
    void staysOutWhenTheUsersOwnLinkIsFine() {
        assertThat(rule.evaluate(context(healthy(), fineCohort(30), poorCohort(25, 9)))).isEmpty();
    }
}
