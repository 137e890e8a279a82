package io.globaldesk.telemetry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port in front of wherever telemetry lives: embedded DuckDB on one node, a columnar cluster (ClickHouse) later.
 * Appends return only once the rows are committed durably; a batch whose idempotency key was already stored is not
 * stored again. Time ranges are half-open, {@code [from, to)}, on event time.
 */
public interface TelemetryStore extends AutoCloseable {

    /** Stores the samples in one transaction together with the key (which may be null: no dedupe). */
    AppendOutcome appendSamples(List<QualitySample> samples, String idempotencyKey);

    AppendOutcome appendApiCalls(List<ApiCallEvent> events, String idempotencyKey);

    /** Every sample of one session (all its participants), ordered by time then user. */
    List<QualitySample> sessionSamples(String sessionId);

    /** Raw samples of a cohort (e.g. {@link QualityScope#ofIsp}), newest first, at most {@code limit}. */
    List<QualitySample> cohortSamples(QualityScope cohort, Instant from, Instant to, int limit);

    /** Statistics of a cohort, leaving out one session (the one being diagnosed) when {@code excludeSessionId} is set. */
    QualityStats cohortStats(QualityScope cohort, Instant from, Instant to, String excludeSessionId);

    /**
     * Link figures of a cohort for a diagnosis, leaving out the samples of {@code excludedIsp} (when set, for an edge
     * cohort measured across the other ISPs) and of {@code excludeSessionId} (when set).
     */
    CohortLink cohortLink(QualityScope cohort, String excludedIsp, Instant from, Instant to, String excludeSessionId);

    /**
     * {@link #cohortLink}, given the excluded session's samples (as {@link #sessionSamples} returns them) by a caller
     * that has read them anyway, so that a store answering from pre-aggregated figures can take them out without
     * looking for them again.
     */
    default CohortLink cohortLink(QualityScope cohort, String excludedIsp, Instant from, Instant to, String excludeSessionId,
                                  List<QualitySample> excludedSessionSamples) {
        return cohortLink(cohort, excludedIsp, from, to, excludeSessionId);
    }

    /** Sessions matching the query, newest first. */
    List<SessionSummary> findSessions(SessionQuery query);

    /**
     * Dashboard breakdown over raw samples: one row per value of {@code groupBy} within the filter, busiest first. A store
     * may answer the window's closed minutes from a rollup instead of their raw samples when it says how that differs
     * (the DuckDB store: counts exact, percentiles nearest-rank within 2 %, samples stored after their minute closed
     * left out until it is aggregated again); the rest of the window is read from raw samples.
     */
    List<QualityGroup> qualityBy(QualityDimension groupBy, QualityScope filter, Instant from, Instant to);

    /**
     * Dashboard breakdown served from the stored per-minute aggregates instead of raw samples, for windows of whole
     * minutes that {@link #aggregateMinute} has closed. Per group: {@code samples} is exact; {@code sessions} and
     * {@code users} are the peak of one minute (summed over the group's scopes, so a call whose participants fall in
     * two scopes of a group counts in each); percentiles and means are the sample-weighted means of the per-minute
     * figures, an approximation of the window's own percentiles.
     */
    List<QualityGroup> qualityByMinutes(QualityDimension groupBy, QualityScope filter, Instant from, Instant to);

    /** The minutes (truncated) that hold samples or API calls in the range, ascending. */
    List<Instant> minutesWithData(Instant from, Instant to);

    /** Computes and keeps the aggregates of one closed minute, replacing any earlier ones for that minute. */
    MinuteAggregates aggregateMinute(Instant minute);

    /** The latest minute {@link #aggregateMinute} was run for, if any; it survives restarts. */
    Optional<Instant> lastAggregatedMinute();

    /** Stored per-minute quality aggregates matching the filter, ordered by minute. */
    List<QualityAggregate> qualityAggregates(QualityScope filter, Instant from, Instant to);

    /** Stored per-minute API-call aggregates, for one app or all ({@code appId} null), ordered by minute. */
    List<ApiCallAggregate> apiCallAggregates(String appId, Instant from, Instant to);

    /** Deletes raw data and aggregates older than the retention policy allows, as of {@code now}. */
    RetentionReport enforceRetention(Instant now);

    @Override
    void close();
}
