package io.globaldesk.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The verdict for one user of one session. The summary is kept as a message key with named arguments so that each
 * reader gets it in their own language through {@link DiagnosisSummaries}.
 *
 * @param confidence 0.5 (barely past a threshold) to 0.99 (far past every threshold the verdict rests on)
 */
public record Diagnosis(String sessionId, String userId, Segment segment, double confidence,
                        String summaryKey, Map<String, Object> summaryArgs, List<Evidence> evidence) {
    public Diagnosis {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(segment, "segment");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
        summaryArgs = Map.copyOf(summaryArgs);
        evidence = List.copyOf(evidence);
    }
}
