package io.globaldesk.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user's link is poor while the same ISP in the region and the same edge are fine for others: the problem is the
 * user's own access network (Wi-Fi, router, mobile coverage). Without cohorts to compare, it is still the likeliest
 * place, at a lower confidence.
 */
final class LocalNetworkRule implements DiagnosisRule {

    @Override
    public Optional<Finding> evaluate(DiagnosisContext c) {
        double userPoor = c.judge().poorMargin(c.user());
        if (userPoor <= 0) return Optional.empty();
        double ispFine = c.cohortFineMargin(c.ispCohort());
        double edgeFine = c.cohortFineMargin(c.edgeCohort());
        if (ispFine < 0 || edgeFine < 0) return Optional.empty();
        List<Evidence> evidence = new ArrayList<>(c.userLinkEvidence());
        evidence.addAll(c.cohortEvidence(c.ispCohort(), EvidenceScope.ISP_COHORT));
        evidence.addAll(c.cohortEvidence(c.edgeCohort(), EvidenceScope.EDGE_COHORT));
        return Optional.of(new Finding(Segment.LOCAL_NETWORK, Confidence.of(userPoor, ispFine, edgeFine),
                "diagnosis.summary.local_network", c.summaryArgs(), evidence));
    }
}
