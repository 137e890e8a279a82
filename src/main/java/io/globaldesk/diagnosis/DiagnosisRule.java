package io.globaldesk.diagnosis;

import java.util.Optional;

/** One way of placing a problem; empty when its conditions do not hold for this user. */
interface DiagnosisRule {
    Optional<Finding> evaluate(DiagnosisContext context);
}
