package io.globaldesk.diagnosis;

import java.util.List;
import java.util.Map;

/** What a rule concludes when it applies: the segment, how sure it is, the summary's message key and arguments. */
record Finding(Segment segment, double confidence, String summaryKey, Map<String, Object> summaryArgs,
               List<Evidence> evidence) {
}
