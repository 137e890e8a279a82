package io.globaldesk.bench;

import io.globaldesk.GlobalDeskApplication;
import io.globaldesk.telemetry.QualitySample;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sustained telemetry ingest over real HTTP: after a 15 s warm-up (the JIT compilers are busy before), client threads post 5,000-line NDJSON bodies to
 * {@code POST /api/v1/telemetry/samples} over keep-alive connections ({@link KeepAliveHttp}, a lean client so that the
 * driver takes little of the cores the server needs) for a fixed time and count what was acknowledged (202, durable); beside it, in
 * the same run, a plain PostgreSQL {@code COPY} of the same samples (CSV, one COPY per body, synchronous_commit on) on
 * as many connections for the same time. GlobalDesk runs in this JVM unless a base URL and admin token are given.
 * <p>Run: {@code ./globaldesk bench main io.globaldesk.bench.HttpIngestBenchmark [seconds=20] [clients=4]
 * [batchLines=5000] [baseUrl token]}
 */
public final class HttpIngestBenchmark {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int batchLines = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        Path work = Files.createDirectories(Path.of("target/tmp/http-ingest-bench-" + System.currentTimeMillis()))
                .toAbsolutePath();

        SampleGenerator generator = new SampleGenerator(7, Instant.parse("2026-11-25T00:00:00Z"), 3_000);
        List<byte[]> bodies = new ArrayList<>(), csvs = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            List<QualitySample> batch = generator.next(batchLines).subList(0, batchLines);
            StringBuilder ndjson = new StringBuilder(batchLines * 520), csv = new StringBuilder(batchLines * 300);
            for (QualitySample s : batch) {
                SampleGenerator.appendNdjson(ndjson, s);
                IngestBenchmark.appendCsv(csv, s);
            }
            bodies.add(ndjson.toString().getBytes(StandardCharsets.UTF_8));
            csvs.add(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        System.out.printf("%d distinct bodies of %d lines (%.0f B/line), %d client threads, %d s per phase; load before: %s%n",
                bodies.size(), batchLines, (double) bodies.getFirst().length / batchLines, clients, seconds, loadAverage());

        ConfigurableApplicationContext app = null;
        String base, token;
        if (args.length > 4) {
            base = args[3];
            token = args[4];
        } else {
            token = "bench-admin-token-0123456789";
            app = SpringApplication.run(GlobalDeskApplication.class, "--server.port=0", "--globaldesk.demo=false",
                    "--globaldesk.data-dir=" + work.resolve("app"), "--globaldesk.security.admin-token=" + token,
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN");
            base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        }
        try {
            post(base, token, clients, bodies, batchLines, 15, false);
            Result http = post(base, token, clients, bodies, batchLines, seconds, true);
            System.out.println("HTTP ingest (202 = durable):   " + http);
        } finally {
            if (app != null) app.close();
        }

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true).setServerConfig("synchronous_commit", "on").start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute(IngestBenchmark.COPY_TABLE);
            }
            Result copy = timed(clients, seconds, batchLines, csvs, () -> {
                Connection c = pg.getPostgresDatabase().getConnection();
                CopyManager manager = c.unwrap(PGConnection.class).getCopyAPI();
                return body -> {
                    manager.copyIn("COPY qs FROM STDIN (FORMAT csv)", new ByteArrayInputStream(body));
                    return 200;
                };
            });
            System.out.println("PostgreSQL COPY (same samples): " + copy);
        }
        System.out.println("load average after: " + loadAverage() + "; cores: " + Runtime.getRuntime().availableProcessors());
        System.exit(0);
    }

    private static Result post(String base, String token, int clients, List<byte[]> bodies, int batchLines, int seconds,
                               boolean measured) throws Exception {
        URI uri = URI.create(base);
        Result r = timed(clients, seconds, batchLines, bodies, () -> {
            KeepAliveHttp http = new KeepAliveHttp(uri);
            return body -> {
                KeepAliveHttp.Answer answer = http.post("/api/v1/telemetry/samples", "application/x-ndjson", token, body);
                if (answer.status() != 202 && answer.status() != 429) {
                    throw new IllegalStateException("unexpected answer " + answer.status() + ": " + answer.body());
                }
                return answer.status();
            };
        });
        if (!measured) System.out.println("warm-up:                       " + r);
        return r;
    }

    private interface Sender {
        int send(byte[] body) throws Exception;
    }

    private interface SenderFactory {
        Sender create() throws Exception;
    }

    record Result(long samples, double seconds, long requests, long refused, long[] latencies, double cpuSeconds) {
        @Override
        public String toString() {
            return String.format("%,10.0f samples/s (%,d samples in %.1f s, %d requests, %d answered 429), "
                            + "request p50 %.0f ms p99 %.0f ms, process CPU %.1f s", samples / seconds, samples, seconds,
                    requests, refused, pct(0.50), pct(0.99), cpuSeconds);
        }

        private double pct(double q) {
            if (latencies.length == 0) return Double.NaN;
            return latencies[Math.min(latencies.length - 1, (int) Math.ceil(q * latencies.length) - 1)] / 1e6;
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private static Result timed(int threads, int seconds, int batchLines, List<byte[]> bodies, SenderFactory factory)
            throws Exception {
        LongAdder samples = new LongAdder(), refused = new LongAdder();
        AtomicLong next = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime(), end = t0 + Duration.ofSeconds(seconds).toNanos();
        for (int t = 0; t < threads; t++) {
            long[] mine = new long[1 << 16];
            int[] count = new int[1];
            Sender sender = factory.create();
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        byte[] body = bodies.get((int) (next.getAndIncrement() % bodies.size()));
                        long s = System.nanoTime();
                        int status = sender.send(body);
                        if (count[0] < mine.length) mine[count[0]++] = System.nanoTime() - s;
                        if (status == 429) {
                            refused.increment();
                            Thread.sleep(100);
                        } else {
                            samples.add(batchLines);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                synchronized (latencies) {
                    latencies.add(java.util.Arrays.copyOf(mine, count[0]));
                }
            }));
        }
        for (Thread w : workers) w.join();
        double wall = (System.nanoTime() - t0) / 1e9;
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        return new Result(samples.sum(), wall, all.length, refused.sum(), all, (OS.getProcessCpuTime() - cpu0) / 1e9);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
