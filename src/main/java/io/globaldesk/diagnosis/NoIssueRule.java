package io.globaldesk.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What remains when no fault rule applies. Its confidence is how clearly the call stayed within every limit; freezes
 * that no participant's link or device explains get their own summary, since the verdict is then weak.
 */
final class NoIssueRule implements DiagnosisRule {

    @Override
    public Optional<Finding> evaluate(DiagnosisContext c) {
        double linkFine = -c.judge().poorMargin(c.user());
        double receptionFine = -c.judge().receptionBadMargin(c.user());
        List<Evidence> evidence = new ArrayList<>(c.userLinkEvidence());
        evidence.addAll(c.receptionEvidence());
        String key = receptionFine < 0 ? "diagnosis.summary.no_issue_unexplained_freezes" : "diagnosis.summary.no_issue";
        return Optional.of(new Finding(Segment.NO_ISSUE, Confidence.of(linkFine, receptionFine), key,
                c.summaryArgs(), evidence));
    }
}
