package io.globaldesk.telemetry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.globaldesk.telemetry.AppendOutcome;
import io.globaldesk.telemetry.IngestGate;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteAheadTelemetryStoreTests {

    @TempDir
    Path dataDir;

    static final WriteAheadTelemetryStore.Options OPTIONS =
            new WriteAheadTelemetryStore.Options(1 << 20, 1 << 20, Duration.ofMillis(50), 10_000);

    static List<QualitySample> batch(String session, int n) {
        Instant t = Instant.parse("2026-11-25T03:00:00Z");
        List<QualitySample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(SampleBatchCodecTests.sample(t.plusSeconds(i), session, "u-" + i, 50.0, 0.5));
        return out;
    }

    WriteAheadTelemetryStore open() {
        return new WriteAheadTelemetryStore(new DuckDbTelemetryStore(dataDir), dataDir, OPTIONS);
    }

    @Test
    void aQueryAfterAnAcknowledgedAppendSeesItsSamples() {
        try (WriteAheadTelemetryStore store = open()) {
            assertThat(store.appendSamples(batch("s-1", 30), null)).isEqualTo(AppendOutcome.stored(30));

            assertThat(store.sessionSamples("s-1")).hasSize(30);
            assertThat(store.unloadedBytes()).isZero();
        }
    }

    @Test
    void aRepeatedKeyIsADuplicateWhetherStillInTheLogAlreadyLoadedOrStoredBeforeARestart() {
        try (WriteAheadTelemetryStore store = open()) {
            assertThat(store.appendSamples(batch("s-1", 5), "org/k-1").duplicate()).isFalse();
            assertThat(store.appendSamples(batch("s-1", 5), "org/k-1").duplicate()).as("still in the log").isTrue();
            assertThat(store.sessionSamples("s-1")).hasSize(5);
            assertThat(store.appendSamples(batch("s-1", 5), "org/k-1").duplicate()).as("loaded").isTrue();
        }
        try (WriteAheadTelemetryStore store = open()) {
            assertThat(store.appendSamples(batch("s-1", 5), "org/k-1").duplicate()).as("stored before a restart").isTrue();
            assertThat(store.appendSamples(batch("s-1", 5), null).duplicate()).isFalse();
            assertThat(store.sessionSamples("s-1")).hasSize(10);
        }
    }

    @Test
    void batchesLoggedButNeverLoadedAreLoadedOnceWhenTheStoreIsOpenedAgain() {
        // as if the process died after the fsync and before the loader ran: the batches are only in the log
        IngestLog log = new IngestLog(dataDir.resolve("telemetry").resolve("wal"), 1 << 20);
        log.recover();
        log.append(SampleBatchCodec.encode("org/a", batch("s-a", 7)), p -> { });
        log.sync(log.append(SampleBatchCodec.encode("wal/generated-1", batch("s-b", 3)), p -> { }));
        log.close();

        try (WriteAheadTelemetryStore store = open()) {
            assertThat(store.sessionSamples("s-a")).hasSize(7);
            assertThat(store.sessionSamples("s-b")).hasSize(3);
        }
        // loaded once: opening again neither replays nor stores them twice
        try (WriteAheadTelemetryStore store = open()) {
            assertThat(store.sessionSamples("s-a")).hasSize(7);
            assertThat(store.sessionSamples("s-b")).hasSize(3);
        }
    }

    @Test
    void aReplayOfBatchesAlreadyStoredStoresThemOnce() {
        List<QualitySample> samples = batch("s-c", 4);
        try (DuckDbTelemetryStore duck = new DuckDbTelemetryStore(dataDir)) {
            duck.appendSamples(samples, "wal/generated-2");
        }
        // the loader committed it but died before recording its position: the log still holds the batch
        IngestLog log = new IngestLog(dataDir.resolve("telemetry").resolve("wal"), 1 << 20);
        log.recover();
        log.sync(log.append(SampleBatchCodec.encode("wal/generated-2", samples), p -> { }));
        log.close();

        try (WriteAheadTelemetryStore store = open()) {
            assertThat(store.sessionSamples("s-c")).hasSize(4);
        }
    }

    @Test
    void theGateRefusesIngestWhileTheUnloadedLogIsOverItsBound() {
        long[] backlog = {0};
        IngestGate gate = new IngestGate(1 << 20, 1_000, Duration.ofSeconds(2), () -> backlog[0], 1_000);
        assertThat(gate.admit(10)).isInstanceOf(IngestGate.Admitted.class);

        backlog[0] = 1_001;

        IngestGate.Admission refused = gate.admit(10);
        assertThat(refused).isInstanceOf(IngestGate.Overloaded.class);
        assertThat(((IngestGate.Overloaded) refused).retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }
}
