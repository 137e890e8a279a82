package io.globaldesk.diagnosis;

import io.globaldesk.telemetry.QualitySample;

import java.time.Instant;
import java.util.List;

/**
 * The data a diagnosis reads: the port the telemetry store implements with its own queries, and
 * {@link InMemoryDiagnosisInput} implements over a list of samples for tests, the simulator and the demo.
 */
public interface DiagnosisInput {

    /** The user's own samples in the session, in any order; empty when the user was not in it. */
    List<QualitySample> userSamples(String sessionId, String userId);

    /** The samples of every other participant of the session. */
    List<QualitySample> peerSamples(String sessionId, String userId);

    /** Users of {@code isp} in {@code region} between {@code from} and {@code to}, leaving out {@code excludedSessionId}. */
    CohortStats ispCohort(String region, String isp, Instant from, Instant to, String excludedSessionId);

    /**
     * Users on {@code edgeNode} between {@code from} and {@code to} whose ISP is not {@code excludedIsp}, leaving out
     * {@code excludedSessionId}: whether the edge is bad for everyone, not just for one carrier's customers.
     */
    CohortStats edgeCohort(String edgeNode, String excludedIsp, Instant from, Instant to, String excludedSessionId);
}
