package io.globaldesk.telemetry.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.globaldesk.telemetry.TelemetryStore;
import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore;
import io.globaldesk.telemetry.internal.WriteAheadTelemetryStore;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} during sustained ingest: a child JVM runs the real application on a fixed data directory, client
 * threads post batches and record which were acknowledged (202), the JVM is killed without warning, and the telemetry
 * store is opened again from the same files (replaying its write-ahead log): every acknowledged sample is there.
 */
class IngestCrashIntegrationTests {

    static final String TOKEN = "crash-test-admin-token-0123456789";

    @Test
    void everyAcknowledgedSampleSurvivesAKill9DuringSustainedIngest() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target/tmp/ingest-crash-" + UUID.randomUUID())).toAbsolutePath();
        int port = freePort();
        Process app = start(dataDir, port);
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        try {
            awaitHealthy(app, port);
            AtomicBoolean sending = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                clients.add(Thread.ofPlatform().start(() -> send(port, sending, acknowledged, refused)));
            }
            long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
            while (System.nanoTime() < until || acknowledged.size() < 5) Thread.sleep(50);
            kill9(app, dataDir);
            sending.set(false);
            for (Thread t : clients) t.join(30_000);
        } finally {
            kill9(app, dataDir);
        }

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(5);
        System.out.printf("kill -9 after %d acknowledged batches (%d samples), %d refused%n", acknowledged.size(),
                acknowledged.values().stream().mapToInt(Integer::intValue).sum(), refused.get());
        // opening the store replays the write-ahead log: what was acknowledged but not yet loaded is loaded first
        try (TelemetryStore store = new WriteAheadTelemetryStore(new DuckDbTelemetryStore(dataDir), dataDir,
                WriteAheadTelemetryStore.Options.defaults())) {
            for (var batch : acknowledged.entrySet()) {
                assertThat(store.sessionSamples(batch.getKey())).as("acknowledged batch " + batch.getKey())
                        .hasSize(batch.getValue());
            }
        }
    }

    /** Posts batches of one fresh session each until told to stop or the server is gone. */
    static void send(int port, AtomicBoolean sending, Map<String, Integer> acknowledged, AtomicInteger refused) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant ts = Instant.parse("2026-11-25T03:00:00Z");
        while (sending.get()) {
            String session = "crash-" + UUID.randomUUID();
            int lines = 2_000;
            StringBuilder body = new StringBuilder(lines * 450);
            for (int i = 0; i < lines; i++) {
                body.append(TelemetryLines.sample(ts.plusSeconds(i / 50 * 2), "app-crash", session, "u-" + (i % 50)))
                        .append('\n');
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/telemetry/samples"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) acknowledged.put(session, lines);
                else refused.incrementAndGet();
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static Process start(Path dataDir, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "--add-modules", "jdk.incubator.vector",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), "io.globaldesk.GlobalDeskApplication",
                "--server.port=" + port, "--globaldesk.data-dir=" + dataDir, "--globaldesk.demo=false",
                "--globaldesk.security.admin-token=" + TOKEN, "--spring.main.banner-mode=off",
                // the write-ahead log is the path where an acknowledged batch may not be in DuckDB yet at the kill
                "--globaldesk.telemetry.write-ahead-log.enabled=true");
        File log = dataDir.resolve("app.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    static void awaitHealthy(Process app, int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) throw new IllegalStateException("the application exited with " + app.exitValue());
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not become healthy in time");
    }

    /**
     * SIGKILL to the JVM. The PostgreSQL it started runs detached (pg_ctl), so it is then stopped through its pid file,
     * so that the test leaves nothing running.
     */
    static void kill9(Process app, Path dataDir) throws Exception {
        app.destroyForcibly();
        app.waitFor();
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        Optional<ProcessHandle> postgres = ProcessHandle.of(pid)
                .filter(p -> p.info().commandLine().orElse("").contains(dataDir.toString()));
        postgres.ifPresent(ProcessHandle::destroy);
        postgres.ifPresent(p -> p.onExit().completeOnTimeout(p, 15, TimeUnit.SECONDS).join());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
