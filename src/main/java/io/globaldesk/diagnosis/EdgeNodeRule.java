package io.globaldesk.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The user's link is poor and so are other carriers' users on the same edge node: the vendor's edge is at fault. */
final class EdgeNodeRule implements DiagnosisRule {

    @Override
    public Optional<Finding> evaluate(DiagnosisContext c) {
        double userPoor = c.judge().poorMargin(c.user());
        if (userPoor <= 0 || !c.judge().known(c.edgeCohort())) return Optional.empty();
        double edgePoor = c.judge().poorMargin(c.edgeCohort());
        if (edgePoor <= 0) return Optional.empty();
        List<Evidence> evidence = new ArrayList<>(c.userLinkEvidence());
        evidence.addAll(c.cohortEvidence(c.edgeCohort(), EvidenceScope.EDGE_COHORT));
        evidence.addAll(c.cohortEvidence(c.ispCohort(), EvidenceScope.ISP_COHORT));
        return Optional.of(new Finding(Segment.EDGE_NODE, Confidence.of(userPoor, edgePoor),
                "diagnosis.summary.edge_node", c.summaryArgs(), evidence));
    }
}
