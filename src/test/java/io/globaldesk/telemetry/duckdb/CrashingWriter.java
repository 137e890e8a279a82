package io.globaldesk.telemetry.duckdb;

import io.globaldesk.telemetry.QualitySample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by {@link DurabilityTests}: appends numbered batches for ever and prints "ACK n" after batch n was
 * acknowledged, until the parent kills it. It never closes the store.
 */
public final class CrashingWriter {

    static final int SAMPLES_PER_BATCH = 500;

    public static void main(String[] args) {
        DuckDbTelemetryStore store = new DuckDbTelemetryStore(Path.of(args[0]));
        for (int n = 0; ; n++) {
            store.appendSamples(batch(n), "batch-" + n);
            System.out.println("ACK " + n);
            System.out.flush();
        }
    }

    static List<QualitySample> batch(int n) {
        List<QualitySample> samples = new ArrayList<>(SAMPLES_PER_BATCH);
        Samples base = Samples.at("2026-11-25T03:00:00Z").session("batch-" + n).plusSeconds(n);
        for (int i = 0; i < SAMPLES_PER_BATCH; i++) samples.add(base.user("u-" + i).build());
        return samples;
    }
}
