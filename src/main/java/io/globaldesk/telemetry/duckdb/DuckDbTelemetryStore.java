package io.globaldesk.telemetry.duckdb;

import io.globaldesk.telemetry.ApiCallAggregate;
import io.globaldesk.telemetry.ApiCallEvent;
import io.globaldesk.telemetry.AppendOutcome;
import io.globaldesk.telemetry.CohortLink;
import io.globaldesk.telemetry.SessionQuery;
import io.globaldesk.telemetry.SessionSummary;
import io.globaldesk.telemetry.MinuteAggregates;
import io.globaldesk.telemetry.MosEstimator;
import io.globaldesk.telemetry.QualityAggregate;
import io.globaldesk.telemetry.QualityDimension;
import io.globaldesk.telemetry.QualityGroup;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;
import io.globaldesk.telemetry.RetentionPolicy;
import io.globaldesk.telemetry.RetentionReport;
import io.globaldesk.telemetry.TelemetryStore;
import io.globaldesk.telemetry.TelemetryStoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.duckdb.DuckDBConnection;

/**
 * Telemetry in one embedded DuckDB file, {@code <data-dir>/telemetry/telemetry.duckdb}. Writes go through one connection
 * under a lock (DuckDB has a single writer anyway) and commit before returning: DuckDB syncs its write-ahead log on
 * commit, so an acknowledged batch survives a crash and is replayed on the next open. Reads use their own connections.
 */
public final class DuckDbTelemetryStore implements TelemetryStore {

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS ingest_keys (kind VARCHAR NOT NULL, idem_key VARCHAR NOT NULL,
                stored_at TIMESTAMP NOT NULL, row_count BIGINT NOT NULL, PRIMARY KEY (kind, idem_key));
            CREATE TABLE IF NOT EXISTS quality_minute (minute TIMESTAMP NOT NULL, region VARCHAR, isp VARCHAR,
                edge_node VARCHAR, app_id VARCHAR, platform VARCHAR, sdk_version VARCHAR, %s);
            CREATE TABLE IF NOT EXISTS api_minute (minute TIMESTAMP NOT NULL, app_id VARCHAR, api VARCHAR,
                region VARCHAR, calls BIGINT, errors BIGINT, latency_p50 DOUBLE, latency_p95 DOUBLE, latency_avg DOUBLE);
            CREATE TABLE IF NOT EXISTS aggregate_progress (id INTEGER PRIMARY KEY, last_minute TIMESTAMP NOT NULL);
            """.formatted(StatsSql.STORED_TYPES);

    private static final String CHECKPOINT_THRESHOLD = "512MB";
    /** The most sample rows one group commit takes from the queue; the rest go into the next. */
    private static final long MAX_GROUP_ROWS = 200_000;

    private final DuckDBConnection writer;
    private final ReadConnections readers;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Queue<PendingSamples> pendingSamples = new ConcurrentLinkedQueue<>();
    private final DayTables sampleDays = new DayTables("qs", SampleRows.COLUMNS, "qv", SampleRows::view);
    private final Links links = new Links();
    private final DayTables apiDays = new DayTables("api", ApiCallRows.COLUMNS);
    private final SampleRows sampleRows;
    private final RetentionPolicy retention;
    private final Clock clock;
    private final Queries queries;

    public DuckDbTelemetryStore(Path dataDir, RetentionPolicy retention, MosEstimator mos, Clock clock) {
        this.retention = retention;
        this.clock = clock;
        this.sampleRows = new SampleRows(mos);
        try {
            Path dir = Files.createDirectories(dataDir.resolve("telemetry"));
            writer = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("telemetry.duckdb"));
            try (Statement st = writer.createStatement()) {
                // the default (16 MB) checkpoints every few batches and re-compresses the open row groups each time,
                // which halved append throughput in a probe; the WAL is durable either way, a restart replays more
                st.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
                st.execute(SCHEMA);
                st.execute(Links.SCHEMA);
                st.execute(LinkHistograms.SCHEMA);
                st.execute(DashboardRollup.SCHEMA);
            }
            LegacyLayout.migrate(writer);
            sampleDays.load(writer);
            links.load(writer);
            apiDays.load(writer);
            writer.setAutoCommit(false);
            readers = new ReadConnections(writer);
            queries = new Queries(readers, sampleDays, apiDays);
        } catch (Exception e) {
            throw new TelemetryStoreException("cannot open the telemetry store under " + dataDir, e);
        }
    }

    public DuckDbTelemetryStore(Path dataDir) {
        this(dataDir, RetentionPolicy.defaults(), new MosEstimator(), Clock.systemUTC());
    }

    /**
     * Group commit: concurrent sample appends queue up; whoever holds the write lock next writes every queued batch in
     * one transaction and one commit (one WAL sync), and each caller returns once its batch is committed.
     */
    @Override
    public AppendOutcome appendSamples(List<QualitySample> samples, String idempotencyKey) {
        PendingSamples mine = new PendingSamples(prepare(samples), idempotencyKey);
        pendingSamples.add(mine);
        writeLock.lock();
        try {
            if (!mine.done) commitQueuedSamples();
        } finally {
            writeLock.unlock();
        }
        if (mine.failure != null) throw mine.failure;
        return mine.outcome;
    }

    /** One batch of samples and its idempotency key (null: no dedupe), as {@link #appendSampleBatches} takes them. */
    public record SampleBatch(List<QualitySample> samples, String idempotencyKey) {
    }

    /**
     * Stores many batches in as few transactions as the group limit allows (one commit each), every batch deduplicated
     * by its key as {@link #appendSamples} does; the outcomes are in the order of the batches.
     */
    public List<AppendOutcome> appendSampleBatches(List<SampleBatch> batches) {
        if (batches.isEmpty()) return List.of();
        List<PendingSamples> mine = new ArrayList<>(batches.size());
        for (SampleBatch b : batches) mine.add(new PendingSamples(prepare(b.samples()), b.idempotencyKey()));
        pendingSamples.addAll(mine);
        writeLock.lock();
        try {
            while (!mine.getLast().done) commitQueuedSamples();
        } finally {
            writeLock.unlock();
        }
        List<AppendOutcome> outcomes = new ArrayList<>(mine.size());
        for (PendingSamples p : mine) {
            if (p.failure != null) throw p.failure;
            outcomes.add(p.outcome);
        }
        return outcomes;
    }

    /** Whether a sample batch with this idempotency key was committed. */
    public boolean samplesKeyStored(String idempotencyKey) {
        try {
            Connection c = readers.borrow();
            try {
                return Keys.seen(c, "samples", idempotencyKey);
            } finally {
                readers.giveBack(c);
            }
        } catch (SQLException e) {
            throw new TelemetryStoreException("could not look up an idempotency key", e);
        }
    }

    /** Works out what it can of the rows before the write lock, in the caller's thread. */
    private SampleRows.Prepared prepare(List<QualitySample> samples) {
        try {
            return sampleRows.prepare(samples, links);
        } catch (RuntimeException e) {
            throw new TelemetryStoreException("could not append " + samples.size() + " samples; nothing was stored", e);
        }
    }

    /** One caller's batch waiting for a group commit; written and read under the write lock. */
    private static final class PendingSamples {
        final SampleRows.Prepared rows;
        final String key;
        boolean done;
        AppendOutcome outcome;
        RuntimeException failure;

        PendingSamples(SampleRows.Prepared rows, String key) {
            this.rows = rows;
            this.key = key;
        }

        int size() {
            return rows.samples.size();
        }
    }

    private void commitQueuedSamples() {
        List<PendingSamples> group = new ArrayList<>();
        long queuedRows = 0;
        for (PendingSamples p; queuedRows < MAX_GROUP_ROWS && (p = pendingSamples.poll()) != null; ) {
            group.add(p);
            queuedRows += p.size();
        }
        try {
            Links.Assignment numbering = links.begin();
            List<AppendOutcome> outcomes = inTransaction("append " + queuedRows + " samples", () -> {
                Map<LocalDate, List<SampleRows.Slice>> byDay = new TreeMap<>();
                Set<String> keys = new HashSet<>();
                List<AppendOutcome> results = new ArrayList<>(group.size());
                for (PendingSamples p : group) {
                    if (p.key != null && (!keys.add(p.key) || Keys.seen(writer, "samples", p.key))) {
                        results.add(AppendOutcome.alreadyStored());
                        continue;
                    }
                    p.rows.byDay.forEach((day, indexes) -> byDay.computeIfAbsent(day, d -> new ArrayList<>())
                            .add(new SampleRows.Slice(p.rows, indexes)));
                    if (p.key != null) Keys.record(writer, "samples", p.key, p.size(), clock.instant());
                    results.add(AppendOutcome.stored(p.size()));
                }
                List<LocalDate> created = new ArrayList<>();
                for (var day : byDay.entrySet()) {
                    if (sampleDays.ensure(writer, day.getKey())) created.add(day.getKey());
                    SampleRows.append(writer, sampleDays.table(day.getKey()), day.getValue(), numbering);
                }
                numbering.append(writer);
                return new Committed<>(results, () -> {
                    created.forEach(sampleDays::created);
                    numbering.committed();
                });
            });
            for (int i = 0; i < group.size(); i++) group.get(i).outcome = outcomes.get(i);
        } catch (RuntimeException e) {
            for (PendingSamples p : group) p.failure = e;
        } finally {
            for (PendingSamples p : group) p.done = true;
        }
    }

    @Override
    public AppendOutcome appendApiCalls(List<ApiCallEvent> events, String idempotencyKey) {
        return append("api-calls", idempotencyKey, events, ApiCallEvent::ts, apiDays,
                (table, rows) -> ApiCallRows.append(writer, table, rows), () -> { });
    }

    private interface TableWriter<T> {
        void write(String table, List<T> rows) throws SQLException;
    }

    private interface Step {
        void run() throws SQLException;
    }

    private <T> AppendOutcome append(String kind, String key, List<T> rows, Function<T, Instant> ts, DayTables days,
                                     TableWriter<T> tableWriter, Step after) {
        Map<LocalDate, List<T>> byDay = new TreeMap<>();
        for (T row : rows) byDay.computeIfAbsent(DayTables.dayOf(ts.apply(row)), d -> new ArrayList<>()).add(row);
        return inTransaction("append " + rows.size() + " " + kind, () -> {
            if (key != null && Keys.seen(writer, kind, key)) return Committed.of(AppendOutcome.alreadyStored());
            List<LocalDate> created = new ArrayList<>();
            for (var day : byDay.entrySet()) {
                if (days.ensure(writer, day.getKey())) created.add(day.getKey());
                tableWriter.write(days.table(day.getKey()), day.getValue());
            }
            after.run();
            if (key != null) Keys.record(writer, kind, key, rows.size(), clock.instant());
            return new Committed<>(AppendOutcome.stored(rows.size()), () -> created.forEach(days::created));
        });
    }

    /** A transaction's result and what to change in memory once (and only if) it is committed. */
    private record Committed<R>(R result, Runnable afterCommit) {

        static <R> Committed<R> of(R result) {
            return new Committed<>(result, () -> { });
        }
    }

    private interface TxBody<R> {
        Committed<R> run() throws SQLException;
    }

    private <R> R inTransaction(String what, TxBody<R> body) {
        writeLock.lock();
        try {
            Committed<R> out = body.run();
            writer.commit();
            out.afterCommit().run();
            return out.result();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw new TelemetryStoreException("could not " + what + "; nothing was stored", e);
        } finally {
            writeLock.unlock();
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            writer.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public List<QualitySample> sessionSamples(String sessionId) {
        return queries.sessionSamples(sessionId);
    }

    @Override
    public List<QualitySample> cohortSamples(QualityScope cohort, Instant from, Instant to, int limit) {
        return queries.cohortSamples(cohort, from, to, limit);
    }

    @Override
    public QualityStats cohortStats(QualityScope cohort, Instant from, Instant to, String excludeSessionId) {
        return queries.cohortStats(cohort, from, to, excludeSessionId);
    }

    /**
     * From the per-minute link rollup where the window's minutes have closed, from raw samples elsewhere; the excluded
     * session's samples are read from the store when some minute came from the rollup.
     */
    @Override
    public CohortLink cohortLink(QualityScope cohort, String excludedIsp, Instant from, Instant to, String excludeSessionId) {
        return queries.cohortLink(cohort, excludedIsp, from, to, excludeSessionId,
                () -> queries.sessionSamples(excludeSessionId));
    }

    @Override
    public CohortLink cohortLink(QualityScope cohort, String excludedIsp, Instant from, Instant to, String excludeSessionId,
                                 List<QualitySample> excludedSessionSamples) {
        return queries.cohortLink(cohort, excludedIsp, from, to, excludeSessionId, () -> excludedSessionSamples);
    }

    /** {@link #cohortLink} computed from every raw sample of the window: exact, slower; to check the rollup against. */
    public CohortLink cohortLinkExact(QualityScope cohort, String excludedIsp, Instant from, Instant to,
                                      String excludeSessionId) {
        return queries.cohortLinkExact(cohort, excludedIsp, from, to, excludeSessionId);
    }

    @Override
    public List<SessionSummary> findSessions(SessionQuery query) {
        return queries.findSessions(query);
    }

    @Override
    public List<QualityGroup> qualityBy(QualityDimension groupBy, QualityScope filter, Instant from, Instant to) {
        return queries.qualityBy(groupBy, filter, from, to);
    }

    /** {@link #qualityBy} computed from every raw sample of the window: exact, slower; to check the rollup against. */
    public List<QualityGroup> qualityByExact(QualityDimension groupBy, QualityScope filter, Instant from, Instant to) {
        return queries.qualityByExact(groupBy, filter, from, to);
    }

    @Override
    public List<QualityGroup> qualityByMinutes(QualityDimension groupBy, QualityScope filter, Instant from, Instant to) {
        return queries.qualityByMinutes(groupBy, filter, from, to);
    }

    @Override
    public List<Instant> minutesWithData(Instant from, Instant to) {
        return queries.minutesWithData(from, to);
    }

    @Override
    public MinuteAggregates aggregateMinute(Instant minute) {
        if (minute.getEpochSecond() % 60 != 0 || minute.getNano() != 0) {
            throw new IllegalArgumentException("a minute must start on a whole minute, was " + minute);
        }
        Instant end = minute.plusSeconds(60);
        inTransaction("aggregate the minute " + minute, () -> {
            MinuteAggregation.replace(writer, minute, sampleDays.covering(minute, end), apiDays.covering(minute, end));
            return Committed.of(minute);
        });
        return new MinuteAggregates(minute, queries.qualityAggregates(QualityScope.any(), minute, end),
                queries.apiCallAggregates(null, minute, end));
    }

    @Override
    public Optional<Instant> lastAggregatedMinute() {
        return queries.lastAggregatedMinute();
    }

    @Override
    public List<QualityAggregate> qualityAggregates(QualityScope filter, Instant from, Instant to) {
        return queries.qualityAggregates(filter, from, to);
    }

    @Override
    public List<ApiCallAggregate> apiCallAggregates(String appId, Instant from, Instant to) {
        return queries.apiCallAggregates(appId, from, to);
    }

    @Override
    public RetentionReport enforceRetention(Instant now) {
        LocalDate today = DayTables.dayOf(now);
        LocalDate firstRawDay = today.minus(retention.raw());
        Instant rawCutoff = firstRawDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant aggregateCutoff = today.minus(retention.aggregates()).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<LocalDate> samplesGone = sampleDays.before(firstRawDay);
        List<LocalDate> callsGone = apiDays.before(firstRawDay);
        RetentionReport report = inTransaction("enforce retention", () -> {
            try (Statement st = writer.createStatement()) {
                for (LocalDate d : samplesGone) sampleDays.drop(st, d);
                for (LocalDate d : callsGone) st.execute("DROP TABLE IF EXISTS " + apiDays.table(d));
                List<String> kept = new ArrayList<>(sampleDays.allTables());
                kept.removeAll(samplesGone.stream().map(sampleDays::table).toList());
                Links.deleteUnreferenced(writer, kept, Sql.ts(rawCutoff));
                // the link rollup serves diagnoses, which need the session's raw samples: it goes with them
                List<String> rollups = new ArrayList<>(List.of("link_minute_users", "link_minute_hist", "link_minute_closed"));
                rollups.addAll(DashboardRollup.TABLES);
                for (String table : rollups) st.execute("DELETE FROM " + table + " WHERE minute < " + Sql.ts(rawCutoff));
                st.execute("DELETE FROM ingest_keys WHERE stored_at < " + Sql.ts(rawCutoff));
                long deleted = st.executeUpdate("DELETE FROM quality_minute WHERE minute < " + Sql.ts(aggregateCutoff))
                        + st.executeUpdate("DELETE FROM api_minute WHERE minute < " + Sql.ts(aggregateCutoff));
                List<LocalDate> days = new ArrayList<>(samplesGone);
                callsGone.stream().filter(d -> !days.contains(d)).forEach(days::add);
                days.sort(null);
                return new Committed<>(new RetentionReport(days, deleted), () -> {
                    samplesGone.forEach(sampleDays::dropped);
                    reloadLinks();
                    callsGone.forEach(apiDays::dropped);
                });
            }
        });
        checkpoint();
        return report;
    }

    private void reloadLinks() {
        try {
            links.reload(writer);
        } catch (SQLException e) {
            throw new TelemetryStoreException("could not re-read the links after retention", e);
        }
    }

    /** Writes the WAL into the database file and frees dropped blocks for reuse. */
    public void checkpoint() {
        writeLock.lock();
        try (Statement st = writer.createStatement()) {
            writer.commit();
            st.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new TelemetryStoreException("checkpoint failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            readers.close();
            writer.close();
        } catch (SQLException e) {
            throw new TelemetryStoreException("closing the telemetry store failed", e);
        } finally {
            writeLock.unlock();
        }
    }
}
