package io.globaldesk.diagnosis;

import org.junit.jupiter.api.Test;

import static io.globaldesk.diagnosis.Links.*;
import static org.assertj.core.api.Assertions.assertThat;

class NoIssueRuleTests {

    private final NoIssueRule rule = new NoIssueRule();

    @Test
    void findsNoIssueConfidentlyWhenEverythingIsWellInsideTheLimits() {
        Finding finding = rule.evaluate(context(healthy(), fineCohort(30), fineCohort(30))).orElseThrow();

        assertThat(finding.segment()).isEqualTo(Segment.NO_ISSUE);
        assertThat(finding.summaryKey()).isEqualTo("diagnosis.summary.no_issue");
        assertThat(finding.confidence()).isGreaterThan(0.9);
    }

    @Test
    void saysSoWhenFreezesHaveNoVisibleCause() {
        Finding finding = rule.evaluate(context(receivingFreezes(9, 4), fineCohort(30), fineCohort(30))).orElseThrow();

        assertThat(finding.summaryKey()).isEqualTo("diagnosis.summary.no_issue_unexplained_freezes");
        assertThat(finding.confidence()).isEqualTo(0.5);
    }
}
