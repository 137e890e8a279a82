package io.globaldesk.telemetry.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurabilityTests {

    @TempDir
    Path dataDir;

    @Test
    void keepsEveryAcknowledgedBatchWhenTheProcessIsKilledDuringIngest() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                CrashingWriter.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int lastAck = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && lastAck < 40; line = out.readLine()) {
                if (line.startsWith("ACK ")) lastAck = Integer.parseInt(line.substring(4));
            }
            // kill -9 while the writer is in the middle of further batches
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(child.isAlive()).isFalse();
        assertThat(lastAck).isEqualTo(40);

        try (DuckDbTelemetryStore reopened = new DuckDbTelemetryStore(dataDir)) {
            for (int n = 0; n <= lastAck; n++) {
                assertThat(reopened.sessionSamples("batch-" + n)).as("batch %d", n)
                        .hasSize(CrashingWriter.SAMPLES_PER_BATCH)
                        .containsExactlyInAnyOrderElementsOf(CrashingWriter.batch(n));
                assertThat(reopened.appendSamples(CrashingWriter.batch(n), "batch-" + n).duplicate()).isTrue();
            }
        }
    }
}
