package io.globaldesk.telemetry.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.globaldesk.telemetry.AppendOutcome;
import io.globaldesk.telemetry.QualitySample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent sample appends are committed in groups; each caller still gets its own batch's outcome. */
class GroupCommitTests {

    @TempDir
    Path dataDir;

    static List<QualitySample> batch(String session, int n, String day) {
        List<QualitySample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(Samples.at(day + "T03:00:00Z").plusSeconds(i).session(session).user("u-" + i).build());
        return out;
    }

    @Test
    void concurrentAppendsAreAllStoredAndARepeatedKeyIsStoredOnceEvenWithinOneGroup() throws Exception {
        int callers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(dataDir)) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<AppendOutcome>> outcomes = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                outcomes.add(pool.submit(() -> {
                    go.await();
                    // half the callers send the same keyed batch; the others distinct batches across two days
                    if (caller % 2 == 0) return store.appendSamples(batch("shared", 10, "2026-11-25"), "same-key");
                    String day = caller % 3 == 0 ? "2026-11-24" : "2026-11-25";
                    return store.appendSamples(batch("own-" + caller, 20, day), "key-" + caller);
                }));
            }
            go.countDown();
            long stored = 0, duplicates = 0;
            for (Future<AppendOutcome> f : outcomes) {
                AppendOutcome o = f.get();
                stored += o.stored();
                if (o.duplicate()) duplicates++;
            }
            assertThat(duplicates).isEqualTo(callers / 2 - 1);
            assertThat(stored).isEqualTo(10 + (callers / 2) * 20L);
            assertThat(store.sessionSamples("shared")).hasSize(10);
            for (int c = 1; c < callers; c += 2) assertThat(store.sessionSamples("own-" + c)).hasSize(20);
        } finally {
            pool.shutdownNow();
        }
        try (DuckDbTelemetryStore reopened = new DuckDbTelemetryStore(dataDir)) {
            assertThat(reopened.sessionSamples("shared")).hasSize(10);
            assertThat(reopened.appendSamples(batch("shared", 10, "2026-11-25"), "same-key").duplicate()).isTrue();
        }
    }
}
