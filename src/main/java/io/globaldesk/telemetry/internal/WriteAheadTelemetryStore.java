package io.globaldesk.telemetry.internal;

import io.globaldesk.telemetry.ApiCallAggregate;
import io.globaldesk.telemetry.ApiCallEvent;
import io.globaldesk.telemetry.AppendOutcome;
import io.globaldesk.telemetry.MinuteAggregates;
import io.globaldesk.telemetry.QualityAggregate;
import io.globaldesk.telemetry.CohortLink;
import io.globaldesk.telemetry.QualityDimension;
import io.globaldesk.telemetry.SessionQuery;
import io.globaldesk.telemetry.SessionSummary;
import io.globaldesk.telemetry.QualityGroup;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;
import io.globaldesk.telemetry.RetentionReport;
import io.globaldesk.telemetry.TelemetryStore;
import io.globaldesk.telemetry.TelemetryStoreException;
import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore;
import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore.SampleBatch;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quality samples go through a write-ahead {@link IngestLog} under {@code <data-dir>/telemetry/wal}: an append returns
 * once its batch is fsync'd there (group commit across concurrent requests), and a background loader moves logged
 * batches into DuckDB in large transactions, then records how far it got and deletes loaded segments. On start,
 * whatever was logged but not loaded is loaded first, so an acknowledged batch survives {@code kill -9}.
 * <p>Read-your-writes: every query first waits until everything acknowledged before it began is loaded (the loader is
 * woken for it rather than waiting out its interval). Idempotency: a key is a duplicate when a batch with it is in the
 * log or was stored; every logged batch carries a key (a generated one when the client sent none) so that loading a
 * batch twice after a crash stores it once. API-call events are stored directly.
 */
public final class WriteAheadTelemetryStore implements TelemetryStore {

    /**
     * @param maxUnloadedBytes log bytes not yet loaded beyond which ingest is refused (429) until the loader catches up
     * @param segmentBytes size at which a log segment is closed and a new one begun
     * @param loadInterval how long the loader lets batches gather before loading them
     * @param loadRows how many gathered rows make the loader start at once
     */
    public record Options(long maxUnloadedBytes, long segmentBytes, Duration loadInterval, int loadRows) {

        public static Options defaults() {
            return new Options(32L << 20, 64L << 20, Duration.ofMillis(200), 50_000);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(WriteAheadTelemetryStore.class);
    private static final String GENERATED_KEY_PREFIX = "wal/";
    private static final int RECENT_KEYS = 100_000;

    private final DuckDbTelemetryStore store;
    private final IngestLog ingestLog;
    private final Options options;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition progress = lock.newCondition();
    private final ArrayDeque<Logged> queue = new ArrayDeque<>();
    private final Set<String> pendingKeys = new HashSet<>();
    private final LinkedHashSet<String> recentKeys = new LinkedHashSet<>();
    private final Thread loader;
    private long queuedRows;
    private long flushRequestedUpTo;
    private volatile long loadedUpTo;
    private volatile boolean closing;

    private record Logged(SampleBatch batch, long end) {
    }

    public WriteAheadTelemetryStore(DuckDbTelemetryStore store, Path dataDir, Options options) {
        this.store = store;
        this.options = options;
        this.ingestLog = new IngestLog(dataDir.resolve("telemetry").resolve("wal"), options.segmentBytes());
        replay();
        loader = Thread.ofPlatform().name("telemetry-wal-loader").daemon().start(this::loadLoop);
    }

    /** Loads whatever the log holds beyond its loaded position (batches already stored are skipped by their key). */
    private void replay() {
        List<IngestLog.Entry> entries = ingestLog.recover();
        loadedUpTo = ingestLog.written();
        if (entries.isEmpty()) return;
        List<SampleBatch> batches = new ArrayList<>(entries.size());
        long rows = 0;
        for (IngestLog.Entry e : entries) {
            SampleBatchCodec.Batch b = SampleBatchCodec.decode(ByteBuffer.wrap(e.payload()));
            batches.add(new SampleBatch(b.samples(), b.key()));
            rows += b.samples().size();
        }
        store.appendSampleBatches(batches);
        ingestLog.markLoaded(entries.getLast().end());
        log.info("Loaded {} telemetry batches ({} samples) from the write-ahead log", entries.size(), rows);
    }

    @Override
    public AppendOutcome appendSamples(List<QualitySample> samples, String idempotencyKey) {
        if (closing) throw new TelemetryStoreException("the telemetry store is closing", null);
        if (idempotencyKey != null) {
            if (knownKey(idempotencyKey) || store.samplesKeyStored(idempotencyKey)) return AppendOutcome.alreadyStored();
            lock.lock();
            try {
                if (knownKey(idempotencyKey)) return AppendOutcome.alreadyStored();
                pendingKeys.add(idempotencyKey);
            } finally {
                lock.unlock();
            }
        }
        String key = idempotencyKey != null ? idempotencyKey : GENERATED_KEY_PREFIX + UUID.randomUUID();
        byte[] encoded = SampleBatchCodec.encode(key, samples);
        SampleBatch batch = new SampleBatch(samples, key);
        long end;
        try {
            end = ingestLog.append(encoded, position -> {
                lock.lock();
                try {
                    queue.add(new Logged(batch, position));
                    queuedRows += samples.size();
                } finally {
                    lock.unlock();
                }
            });
            ingestLog.sync(end);
        } catch (UncheckedIOException e) {
            if (idempotencyKey != null) forgetPending(idempotencyKey);
            throw new TelemetryStoreException("could not write the telemetry write-ahead log; nothing was acknowledged", e);
        }
        if (queuedRows >= options.loadRows()) wakeLoader();
        return AppendOutcome.stored(samples.size());
    }

    private boolean knownKey(String key) {
        lock.lock();
        try {
            return pendingKeys.contains(key) || recentKeys.contains(key);
        } finally {
            lock.unlock();
        }
    }

    private void forgetPending(String key) {
        lock.lock();
        try {
            pendingKeys.remove(key);
        } finally {
            lock.unlock();
        }
    }

    private void wakeLoader() {
        lock.lock();
        try {
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Log bytes acknowledged but not yet loaded: the ingest gate refuses requests while this is over the bound. */
    public long unloadedBytes() {
        return ingestLog.written() - loadedUpTo;
    }

    public long maxUnloadedBytes() {
        return options.maxUnloadedBytes();
    }

    /** Waits until everything logged before this call is loaded into the store. */
    public void awaitLoaded() {
        long target = ingestLog.written();
        if (loadedUpTo >= target) return;
        lock.lock();
        try {
            flushRequestedUpTo = Math.max(flushRequestedUpTo, target);
            work.signalAll();
            while (loadedUpTo < target) {
                if (!loader.isAlive()) throw new TelemetryStoreException("the write-ahead log loader has stopped", null);
                progress.awaitNanos(Duration.ofMillis(200).toNanos());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelemetryStoreException("interrupted while waiting for telemetry to be loaded", e);
        } finally {
            lock.unlock();
        }
    }

    private void loadLoop() {
        long intervalNanos = options.loadInterval().toNanos();
        while (true) {
            List<Logged> taken = new ArrayList<>();
            lock.lock();
            try {
                long gatheringSince = System.nanoTime();
                while (true) {
                    boolean due = !queue.isEmpty() && (closing || queuedRows >= options.loadRows()
                            || flushRequestedUpTo > loadedUpTo || System.nanoTime() - gatheringSince >= intervalNanos);
                    if (due) break;
                    if (closing && queue.isEmpty()) return;
                    if (queue.isEmpty()) gatheringSince = System.nanoTime();
                    work.awaitNanos(queue.isEmpty() ? intervalNanos : intervalNanos - (System.nanoTime() - gatheringSince));
                }
                long durable = ingestLog.durable();
                while (!queue.isEmpty() && queue.peek().end() <= durable) {
                    Logged l = queue.poll();
                    queuedRows -= l.batch().samples().size();
                    taken.add(l);
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            if (taken.isEmpty()) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                continue;
            }
            load(taken);
        }
    }

    /** Loads the batches, retrying (they stay acknowledged in the log) until the store takes them. */
    private void load(List<Logged> taken) {
        List<SampleBatch> batches = new ArrayList<>(taken.size());
        for (Logged l : taken) batches.add(l.batch());
        long end = taken.getLast().end();
        while (true) {
            try {
                store.appendSampleBatches(batches);
                ingestLog.markLoaded(end);
                break;
            } catch (RuntimeException e) {
                log.error("Loading {} telemetry batches from the write-ahead log failed; retrying", batches.size(), e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        lock.lock();
        try {
            for (SampleBatch b : batches) {
                if (b.idempotencyKey().startsWith(GENERATED_KEY_PREFIX)) continue;
                pendingKeys.remove(b.idempotencyKey());
                recentKeys.add(b.idempotencyKey());
            }
            for (var it = recentKeys.iterator(); recentKeys.size() > RECENT_KEYS; ) {
                it.next();
                it.remove();
            }
            loadedUpTo = end;
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public AppendOutcome appendApiCalls(List<ApiCallEvent> events, String idempotencyKey) {
        return store.appendApiCalls(events, idempotencyKey);
    }

    @Override
    public List<QualitySample> sessionSamples(String sessionId) {
        awaitLoaded();
        return store.sessionSamples(sessionId);
    }

    @Override
    public List<QualitySample> cohortSamples(QualityScope cohort, Instant from, Instant to, int limit) {
        awaitLoaded();
        return store.cohortSamples(cohort, from, to, limit);
    }

    @Override
    public QualityStats cohortStats(QualityScope cohort, Instant from, Instant to, String excludeSessionId) {
        awaitLoaded();
        return store.cohortStats(cohort, from, to, excludeSessionId);
    }

    @Override
    public List<QualityGroup> qualityBy(QualityDimension groupBy, QualityScope filter, Instant from, Instant to) {
        awaitLoaded();
        return store.qualityBy(groupBy, filter, from, to);
    }

    @Override
    public CohortLink cohortLink(QualityScope cohort, String excludedIsp, Instant from, Instant to, String excludeSessionId) {
        awaitLoaded();
        return store.cohortLink(cohort, excludedIsp, from, to, excludeSessionId);
    }

    @Override
    public CohortLink cohortLink(QualityScope cohort, String excludedIsp, Instant from, Instant to, String excludeSessionId,
                                 List<QualitySample> excludedSessionSamples) {
        awaitLoaded();
        return store.cohortLink(cohort, excludedIsp, from, to, excludeSessionId, excludedSessionSamples);
    }

    @Override
    public List<SessionSummary> findSessions(SessionQuery query) {
        awaitLoaded();
        return store.findSessions(query);
    }

    @Override
    public List<QualityGroup> qualityByMinutes(QualityDimension groupBy, QualityScope filter, Instant from, Instant to) {
        awaitLoaded();
        return store.qualityByMinutes(groupBy, filter, from, to);
    }

    @Override
    public List<Instant> minutesWithData(Instant from, Instant to) {
        awaitLoaded();
        return store.minutesWithData(from, to);
    }

    @Override
    public MinuteAggregates aggregateMinute(Instant minute) {
        awaitLoaded();
        return store.aggregateMinute(minute);
    }

    @Override
    public Optional<Instant> lastAggregatedMinute() {
        return store.lastAggregatedMinute();
    }

    @Override
    public List<QualityAggregate> qualityAggregates(QualityScope filter, Instant from, Instant to) {
        return store.qualityAggregates(filter, from, to);
    }

    @Override
    public List<ApiCallAggregate> apiCallAggregates(String appId, Instant from, Instant to) {
        return store.apiCallAggregates(appId, from, to);
    }

    @Override
    public RetentionReport enforceRetention(Instant now) {
        awaitLoaded();
        return store.enforceRetention(now);
    }

    /** Loads what is left, then closes the log and the store. */
    @Override
    public void close() {
        lock.lock();
        try {
            closing = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            loader.join(Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ingestLog.close();
        store.close();
    }
}
