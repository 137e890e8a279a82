package io.globaldesk.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user's link is poor, other users of the same ISP in the region are degraded too, and users of other ISPs on the
 * same edge are fine: the carrier is at fault, not the call and not the vendor.
 */
final class IspRule implements DiagnosisRule {

    @Override
    public Optional<Finding> evaluate(DiagnosisContext c) {
        double userPoor = c.judge().poorMargin(c.user());
        if (userPoor <= 0 || !c.judge().known(c.ispCohort())) return Optional.empty();
        double ispPoor = c.judge().poorMargin(c.ispCohort());
        double edgeFine = c.cohortFineMargin(c.edgeCohort());
        if (ispPoor <= 0 || edgeFine < 0) return Optional.empty();
        List<Evidence> evidence = new ArrayList<>(c.userLinkEvidence());
        evidence.addAll(c.cohortEvidence(c.ispCohort(), EvidenceScope.ISP_COHORT));
        evidence.addAll(c.cohortEvidence(c.edgeCohort(), EvidenceScope.EDGE_COHORT));
        return Optional.of(new Finding(Segment.ISP, Confidence.of(userPoor, ispPoor, edgeFine),
                "diagnosis.summary.isp", c.summaryArgs(), evidence));
    }
}
