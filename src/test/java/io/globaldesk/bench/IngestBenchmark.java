package io.globaldesk.bench;

import io.globaldesk.telemetry.ParsedBatch;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualitySampleParser;
import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore;
import io.globaldesk.telemetry.internal.WriteAheadTelemetryStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Telemetry ingest throughput: NDJSON bodies (as an SDK fleet sends them) parsed, validated and appended durably to the
 * DuckDB store by as many workers as HTTP threads would use, beside a plain PostgreSQL COPY of the same samples into an
 * embedded PostgreSQL (synchronous_commit on, one COPY per batch) in the same run. HTTP itself is not in the loop.
 * <p>Run: {@code ./globaldesk bench main io.globaldesk.bench.IngestBenchmark [samples=2000000] [batchLines=5000] [threads=2]}
 */
public final class IngestBenchmark {

    /** The plain PostgreSQL table the COPY baseline writes the same samples into. */
    static final String COPY_TABLE = "CREATE TABLE qs (ts timestamptz NOT NULL, app_id text NOT NULL, session_id text NOT NULL, "
            + "user_id text NOT NULL, country text, region text, isp text, network_type text, edge_node text, "
            + "os text, sdk_version text, device text, rtt_ms float8, uplink_loss_pct float8, "
            + "downlink_loss_pct float8, jitter_ms float8, send_kbps float8, recv_kbps float8, fps float8, "
            + "audio_freeze_pct float8, video_freeze_pct float8, cpu_app_pct float8, cpu_system_pct float8)";

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int batchLines = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path work = Files.createDirectories(Path.of("target/tmp/ingest-bench-" + System.currentTimeMillis()));

        SampleGenerator generator = new SampleGenerator(42, Instant.parse("2026-11-25T00:00:00Z"), 2_000);
        List<byte[]> bodies = new ArrayList<>();
        List<byte[]> csvs = new ArrayList<>();
        long bytes = 0;
        for (int made = 0; made < total; made += batchLines) {
            List<QualitySample> batch = generator.next(batchLines).subList(0, batchLines);
            StringBuilder ndjson = new StringBuilder(batchLines * 520);
            StringBuilder csv = new StringBuilder(batchLines * 300);
            for (QualitySample s : batch) {
                SampleGenerator.appendNdjson(ndjson, s);
                appendCsv(csv, s);
            }
            bodies.add(ndjson.toString().getBytes(StandardCharsets.UTF_8));
            csvs.add(csv.toString().getBytes(StandardCharsets.UTF_8));
            bytes += bodies.getLast().length;
        }
        long samples = (long) bodies.size() * batchLines;
        System.out.printf("generated %,d samples in %d bodies of %d lines, %.0f MB of NDJSON (%.0f B/line); %d workers%n",
                samples, bodies.size(), batchLines, bytes / 1e6, (double) bytes / samples, threads);

        QualitySampleParser parser = new QualitySampleParser();
        for (int i = 0; i < 3; i++) run(bodies.subList(0, Math.min(40, bodies.size())), threads, b -> parser.parse(in(b)));
        System.out.println("parse + validate only:            " + run(bodies, threads, b -> parser.parse(in(b))).rates(samples));

        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(work.resolve("duckdb"))) {
            AtomicInteger key = new AtomicInteger();
            long[] ackNanos = new long[bodies.size()];
            Timing timing = run(bodies, threads, b -> {
                long t0 = System.nanoTime();
                ParsedBatch<QualitySample> batch = parser.parse(in(b));
                int k = key.getAndIncrement();
                store.appendSamples(batch.records(), "body-" + k);
                ackNanos[k] = System.nanoTime() - t0;
            });
            System.out.println("parse + validate + DuckDB append: " + timing.rates(samples));
            System.out.println("  per-body time to durable ack: " + Stats.millis(ackNanos));
        }

        // the write-ahead log acknowledges once the batch is fsync'd in its log; the loader fills DuckDB behind it.
        // The bound on unloaded bytes is lifted here (the HTTP gate would answer 429 instead), then the time until
        // everything is loaded is reported too: that is the sustained rate.
        try (WriteAheadTelemetryStore store = new WriteAheadTelemetryStore(new DuckDbTelemetryStore(work.resolve("wal")),
                work.resolve("wal"), new WriteAheadTelemetryStore.Options(Long.MAX_VALUE, 64L << 20,
                        java.time.Duration.ofMillis(200), 50_000))) {
            AtomicInteger key = new AtomicInteger();
            long[] ackNanos = new long[bodies.size()];
            long t0 = System.nanoTime();
            Timing timing = run(bodies, threads, b -> {
                long t1 = System.nanoTime();
                ParsedBatch<QualitySample> batch = parser.parse(in(b));
                int k = key.getAndIncrement();
                store.appendSamples(batch.records(), "body-" + k);
                ackNanos[k] = System.nanoTime() - t1;
            });
            System.out.println("parse + validate + WAL append:    " + timing.rates(samples));
            System.out.println("  per-body time to durable ack: " + Stats.millis(ackNanos));
            store.awaitLoaded();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  ... and loaded into DuckDB:     %,.0f samples/s (%.1f s until all loaded)%n",
                    samples / seconds, seconds);
        }

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true).setServerConfig("synchronous_commit", "on").start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute(COPY_TABLE);
            }
            List<Connection> connections = new ArrayList<>();
            for (int i = 0; i < threads; i++) connections.add(pg.getPostgresDatabase().getConnection());
            ThreadLocal<CopyManager> copy = ThreadLocal.withInitial(() -> {
                synchronized (connections) {
                    try {
                        return connections.removeFirst().unwrap(PGConnection.class).getCopyAPI();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            Timing timing = run(csvs, threads, b -> copy.get().copyIn("COPY qs FROM STDIN (FORMAT csv)", in(b)));
            // the server's CPU is in other processes: only the wall clock compares here
            System.out.println("PostgreSQL COPY (CSV, baseline):  " + timing.rates(samples) + " [CPU: client side only]");
        }
    }

    private interface Work {
        void accept(byte[] body) throws Exception;
    }

    /** Wall-clock and CPU seconds of one measured phase. */
    record Timing(double wallSeconds, double cpuSeconds) {

        String rates(long samples) {
            return String.format("%,12.0f samples/s wall (%.1f s), %,10.0f samples per CPU-second", samples / wallSeconds,
                    wallSeconds, samples / cpuSeconds);
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /**
     * Runs the work over all bodies on {@code threads} workers. The machine is shared, so besides the wall clock it
     * reports this process's CPU time (all its threads, JIT and GC included): samples per CPU-second times the cores
     * is what an otherwise idle machine would reach.
     */
    private static Timing run(List<byte[]> bodies, int threads, Work work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) work.accept(bodies.get(i));
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        Timing timing = new Timing((System.nanoTime() - t0) / 1e9, (OS.getProcessCpuTime() - cpu0) / 1e9);
        pool.shutdown();
        return timing;
    }

    private static ByteArrayInputStream in(byte[] b) {
        return new ByteArrayInputStream(b);
    }

    static void appendCsv(StringBuilder sb, QualitySample s) {
        sb.append(s.ts()).append(',').append(s.appId()).append(',').append(s.sessionId()).append(',').append(s.userId())
                .append(',').append(s.country()).append(',').append(s.region()).append(',').append(s.isp()).append(',')
                .append(s.networkType()).append(',').append(s.edgeNode()).append(',').append(s.os()).append(',')
                .append(s.sdkVersion()).append(',').append(s.device()).append(',').append(s.rttMs()).append(',')
                .append(s.uplinkLossPct()).append(',').append(s.downlinkLossPct()).append(',').append(s.jitterMs())
                .append(',').append(s.sendBitrateKbps()).append(',').append(s.recvBitrateKbps()).append(',')
                .append(s.fps()).append(',').append(s.audioFreezeRatePct()).append(',').append(s.videoFreezeRatePct())
                .append(',').append(s.cpuAppPct()).append(',').append(s.cpuSystemPct()).append('\n');
    }
}
