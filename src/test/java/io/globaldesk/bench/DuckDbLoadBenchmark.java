package io.globaldesk.bench;

import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * What it costs to get parsed samples into DuckDB, by route, in CPU time of the whole process (DuckDB's threads
 * included), each route on its own fresh file, twice in turn so that load from other processes hits all alike:
 * <ul>
 *   <li>{@code store}: the store's own {@code appendSamples} (row Appender, 26 columns, ten of them strings, plus the
 *       session spans), one commit per batch;</li>
 *   <li>{@code codes}: the row Appender with the nine low-cardinality strings (country, region, ISP, network, edge,
 *       OS, platform, SDK version, device) dictionary-encoded to {@code USMALLINT} codes;</li>
 *   <li>{@code csv}: the batch written as a CSV file and loaded with {@code INSERT ... SELECT ... FROM read_csv(...)}.</li>
 * </ul>
 * Then the closing {@code CHECKPOINT} (where DuckDB compresses), and NDJSON parsing alone for scale: the hand-written
 * decoder beside the Jackson one it replaced, in alternating rounds. With a third argument {@code parse}, only that.
 * <p>Run: {@code ./globaldesk bench main io.globaldesk.bench.DuckDbLoadBenchmark [samples=1000000] [batch=20000] [parse]}
 */
public final class DuckDbLoadBenchmark {

    private static final String CODED_COLUMNS = "ts TIMESTAMP NOT NULL, app_id VARCHAR NOT NULL, session_id VARCHAR NOT NULL, "
            + "user_id VARCHAR NOT NULL, country USMALLINT, region USMALLINT, isp USMALLINT, network_type USMALLINT, "
            + "edge_node USMALLINT, os USMALLINT, platform USMALLINT, sdk_version USMALLINT, device USMALLINT, "
            + numberColumns();
    private static final String PLAIN_COLUMNS = "ts TIMESTAMP NOT NULL, app_id VARCHAR NOT NULL, session_id VARCHAR NOT NULL, "
            + "user_id VARCHAR NOT NULL, country VARCHAR, region VARCHAR, isp VARCHAR, network_type VARCHAR, "
            + "edge_node VARCHAR, os VARCHAR, platform VARCHAR, sdk_version VARCHAR, device VARCHAR, " + numberColumns();

    private static String numberColumns() {
        return "rtt_ms DOUBLE, uplink_loss_pct DOUBLE, downlink_loss_pct DOUBLE, jitter_ms DOUBLE, send_kbps DOUBLE, "
                + "recv_kbps DOUBLE, fps DOUBLE, audio_freeze_pct DOUBLE, video_freeze_pct DOUBLE, cpu_app_pct DOUBLE, "
                + "cpu_system_pct DOUBLE, loss_pct DOUBLE, mos DOUBLE";
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private interface Route {
        /** Opens the target, returns the loader for one batch and the checkpoint. */
        Target open(Path file) throws Exception;
    }

    private interface Target extends AutoCloseable {
        void load(List<QualitySample> batch) throws Exception;

        void checkpoint() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        SampleGenerator generator = new SampleGenerator(7, Instant.parse("2026-11-25T00:00:00Z"), 3_000);
        List<List<QualitySample>> batches = new ArrayList<>();
        for (int n = 0; n < total; n += batchSize) batches.add(new ArrayList<>(generator.next(batchSize).subList(0, batchSize)));
        Path work = Files.createDirectories(Path.of("target/tmp/duckdb-load-bench-" + System.currentTimeMillis()));
        System.out.printf("%,d samples in batches of %,d; load before: %s%n", (long) batches.size() * batchSize, batchSize,
                Files.readString(Path.of("/proc/loadavg")).trim());
        parseOnly(batches);
        if (args.length > 2 && args[2].equals("parse")) {
            System.out.println("load after: " + Files.readString(Path.of("/proc/loadavg")).trim());
            return;
        }
        for (int round = 1; round <= 2; round++) {
            run(work, "store (row Appender)  " + round, batches, DuckDbLoadBenchmark::store);
            run(work, "codes (row Appender)  " + round, batches, file -> appender(file, CODED_COLUMNS, new Codes()::append));
            run(work, "csv + read_csv        " + round, batches, file -> appender(file, PLAIN_COLUMNS, Csv::load));
        }
        System.out.println("load after: " + Files.readString(Path.of("/proc/loadavg")).trim());
        System.exit(0);
    }

    private static void parseOnly(List<List<QualitySample>> batches) {
        List<byte[]> bodies = new ArrayList<>();
        for (List<QualitySample> b : batches) {
            StringBuilder sb = new StringBuilder();
            for (QualitySample s : b) SampleGenerator.appendNdjson(sb, s);
            bodies.add(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        var parsers = List.of(new io.globaldesk.telemetry.QualitySampleParser(), io.globaldesk.telemetry.ReferenceParsers.jackson());
        List<String> names = List.of("hand-written", "Jackson (before)");
        List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < 7; round++) {
            for (int p = 0; p < parsers.size(); p++) {
                long cpu0 = OS.getProcessCpuTime(), lines = 0;
                for (byte[] body : bodies) lines += parsers.get(p).parse(new ByteArrayInputStream(body)).records().size();
                if (round >= 2) rates.get(p).add(lines / ((OS.getProcessCpuTime() - cpu0) / 1e9)); // two rounds warm up
            }
        }
        for (int p = 0; p < parsers.size(); p++) {
            List<Double> r = rates.get(p).stream().sorted().toList();
            System.out.printf("NDJSON parse + validate only, %-16s: median %,.0f lines/CPU-s (min %,.0f, max %,.0f over %d rounds)%n",
                    names.get(p), r.get(r.size() / 2), r.getFirst(), r.getLast(), r.size());
        }
    }

    private static void run(Path work, String name, List<List<QualitySample>> batches, Route route) throws Exception {
        Path dir = Files.createDirectories(work.resolve(name.strip().replaceAll("[^a-z0-9]+", "-")));
        long rows = 0;
        long cpu0 = OS.getProcessCpuTime(), t0 = System.nanoTime(), cpu1, t1;
        try (Target target = route.open(dir)) {
            for (List<QualitySample> b : batches) {
                target.load(b);
                rows += b.size();
            }
            cpu1 = OS.getProcessCpuTime();
            t1 = System.nanoTime();
            target.checkpoint();
        }
        long cpu2 = OS.getProcessCpuTime();
        long bytes;
        try (var files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf("%s: load %,8.0f rows/CPU-s (%.1f s wall), checkpoint %.1f CPU-s, together %,8.0f rows/CPU-s; %.0f MB%n",
                name, rows / ((cpu1 - cpu0) / 1e9), (t1 - t0) / 1e9, (cpu2 - cpu1) / 1e9, rows / ((cpu2 - cpu0) / 1e9),
                bytes / 1e6);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static Target store(Path dir) {
        DuckDbTelemetryStore store = new DuckDbTelemetryStore(dir);
        return new Target() {
            @Override
            public void load(List<QualitySample> batch) {
                store.appendSamples(batch, null);
            }

            @Override
            public void checkpoint() {
                store.checkpoint();
            }

            @Override
            public void close() {
                store.close();
            }
        };
    }

    private interface BatchWriter {
        void write(DuckDBConnection c, List<QualitySample> batch) throws Exception;
    }

    private static Target appender(Path dir, String columns, BatchWriter writer) throws Exception {
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("t.duckdb"));
        try (Statement st = c.createStatement()) {
            st.execute("SET checkpoint_threshold = '512MB'"); // as the store sets it
            st.execute("CREATE TABLE qs (" + columns + ")");
        }
        c.setAutoCommit(false);
        return new Target() {
            @Override
            public void load(List<QualitySample> batch) throws Exception {
                writer.write(c, batch);
                c.commit();
            }

            @Override
            public void checkpoint() throws Exception {
                try (Statement st = c.createStatement()) {
                    st.execute("CHECKPOINT");
                }
            }

            @Override
            public void close() throws Exception {
                c.close();
            }
        };
    }

    private static Double worse(Double a, Double b) {
        if (a == null) return b;
        if (b == null) return a;
        return Math.max(a, b);
    }

    private static Double[] numbers(QualitySample s) {
        return new Double[] {s.rttMs(), s.uplinkLossPct(), s.downlinkLossPct(), s.jitterMs(), s.sendBitrateKbps(),
                s.recvBitrateKbps(), s.fps(), s.audioFreezeRatePct(), s.videoFreezeRatePct(), s.cpuAppPct(),
                s.cpuSystemPct(), worse(s.uplinkLossPct(), s.downlinkLossPct()), s.rttMs() == null ? null : 4.0};
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
    }

    /** Low-cardinality strings as small codes from one dictionary, as a coded store would keep them. */
    private static final class Codes {
        final Map<String, Integer> codes = new HashMap<>();

        short code(String s) {
            return (short) (int) codes.computeIfAbsent(s == null ? "" : s, k -> codes.size());
        }

        void append(DuckDBConnection c, List<QualitySample> samples) throws Exception {
            try (DuckDBAppender a = c.createAppender("main", "qs")) {
                for (QualitySample s : samples) {
                    a.beginRow();
                    a.appendEpochMicros(micros(s.ts()));
                    a.append(s.appId()).append(s.sessionId()).append(s.userId());
                    a.append(code(s.country())).append(code(s.region())).append(code(s.isp()))
                            .append(code(s.networkType() == null ? null : s.networkType().name()))
                            .append(code(s.edgeNode())).append(code(s.os())).append(code(s.platform()))
                            .append(code(s.sdkVersion())).append(code(s.device()));
                    for (Double d : numbers(s)) a.append(d);
                    a.endRow();
                }
            }
        }
    }

    private static final class Csv {
        static int files;

        static void load(DuckDBConnection c, List<QualitySample> samples) throws Exception {
            Path f = Path.of("target/tmp/duckdb-load-" + (files++) + ".csv").toAbsolutePath();
            try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                StringBuilder sb = new StringBuilder(256);
                for (QualitySample s : samples) {
                    sb.setLength(0);
                    sb.append(micros(s.ts()));
                    for (String v : new String[] {s.appId(), s.sessionId(), s.userId(), s.country(), s.region(), s.isp(),
                            String.valueOf(s.networkType()), s.edgeNode(), s.os(), s.platform(), s.sdkVersion(), s.device()}) {
                        sb.append(',').append(v);
                    }
                    for (Double d : numbers(s)) {
                        sb.append(',');
                        if (d != null) sb.append(d.doubleValue());
                    }
                    w.append(sb.append('\n'));
                }
            }
            StringBuilder types = new StringBuilder("{'c0': 'BIGINT'");
            for (String col : PLAIN_COLUMNS.split(", ")) {
                String[] nameType = col.split(" ");
                if (!nameType[0].equals("ts")) types.append(", '").append(nameType[0]).append("': '").append(nameType[1]).append("'");
            }
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO qs SELECT make_timestamp(c0), * EXCLUDE (c0) FROM read_csv('" + f
                        + "', header = false, auto_detect = false, columns = " + types + "})");
            }
            Files.delete(f);
        }
    }
}
