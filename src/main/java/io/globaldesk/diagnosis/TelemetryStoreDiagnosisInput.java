package io.globaldesk.diagnosis;

import io.globaldesk.telemetry.CohortLink;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.TelemetryStore;

import java.time.Instant;
import java.util.List;

/**
 * {@link DiagnosisInput} over the telemetry store: the session's samples are read once (one indexed lookup) and shared
 * by the user and peer questions; the cohorts are computed by the store, which is handed those samples to take the
 * diagnosed session out of its pre-aggregated figures. Cohort windows are inclusive of {@code to},
 * like {@link InMemoryDiagnosisInput}. One instance serves one diagnosis request; not thread-safe.
 */
public final class TelemetryStoreDiagnosisInput implements DiagnosisInput {

    private final TelemetryStore store;
    private String cachedSession;
    private List<QualitySample> cachedSamples = List.of();

    public TelemetryStoreDiagnosisInput(TelemetryStore store) {
        this.store = store;
    }

    /** Every sample of the session, read from the store once per instance and session. */
    public List<QualitySample> session(String sessionId) {
        if (!sessionId.equals(cachedSession)) {
            cachedSamples = store.sessionSamples(sessionId);
            cachedSession = sessionId;
        }
        return cachedSamples;
    }

    @Override
    public List<QualitySample> userSamples(String sessionId, String userId) {
        return session(sessionId).stream().filter(s -> s.userId().equals(userId)).toList();
    }

    @Override
    public List<QualitySample> peerSamples(String sessionId, String userId) {
        return session(sessionId).stream().filter(s -> !s.userId().equals(userId)).toList();
    }

    @Override
    public CohortStats ispCohort(String region, String isp, Instant from, Instant to, String excludedSessionId) {
        return of(store.cohortLink(QualityScope.ofIsp(region, isp), null, from, to.plusMillis(1), excludedSessionId,
                excluded(excludedSessionId)));
    }

    @Override
    public CohortStats edgeCohort(String edgeNode, String excludedIsp, Instant from, Instant to, String excludedSessionId) {
        return of(store.cohortLink(QualityScope.ofEdgeNode(edgeNode), excludedIsp, from, to.plusMillis(1),
                excludedSessionId, excluded(excludedSessionId)));
    }

    /** The excluded session's samples, which the diagnosis has read already (none when nothing is excluded). */
    private List<QualitySample> excluded(String sessionId) {
        return sessionId == null ? List.of() : session(sessionId);
    }

    /** The store's cohort figures as the rules read them: missing metrics NaN, an empty cohort {@link CohortStats#EMPTY}. */
    public static CohortStats of(CohortLink c) {
        if (c.samples() == 0) return CohortStats.EMPTY;
        return new CohortStats((int) c.users(), (int) c.sessions(), c.samples(), nan(c.rttP50()), nan(c.rttP90()),
                nan(c.lossP50()), nan(c.lossP90()), nan(c.jitterP50()), nan(c.jitterP90()));
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }
}
