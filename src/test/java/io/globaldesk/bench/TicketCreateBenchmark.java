package io.globaldesk.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.globaldesk.GlobalDeskApplication;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ticket create + route over HTTP: N concurrent clients each POST /api/v1/tickets in a closed loop for a fixed time,
 * after a warm-up, and the driver prints tickets/s and the latency percentiles. Every ticket is classified, stored with
 * its first article, given its SLA due times and routed (or queued), as in production.
 *
 * <pre>
 * ./globaldesk bench main io.globaldesk.bench.TicketCreateBenchmark [--clients=16] [--seconds=30] [--warmup=10]
 *        [--url=http://host:8080 --token=ADMIN_TOKEN]
 * </pre>
 * Without {@code --url}, GlobalDesk starts in-process on an embedded PostgreSQL in a fresh data directory with the
 * demo data (the client and the server then share the machine, as they would on a single box).
 */
public final class TicketCreateBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The texts posted in turn, shared with bench/tickets-wrk: subject TAB body per line. */
    private static final Path TEXTS = Path.of("bench/ticket-texts.tsv");

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) throw new IllegalArgumentException("options are --name=value: " + a);
            opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        int clients = Integer.parseInt(opts.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "10"));
        String url = opts.get("url");
        String token = opts.getOrDefault("token", "bench-admin-token-0123456789");
        ConfigurableApplicationContext app = null;
        if (url == null) {
            Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "bench-");
            app = SpringApplication.run(GlobalDeskApplication.class, "--server.port=0", "--globaldesk.data-dir=" + dir,
                    "--globaldesk.security.admin-token=" + token, "--globaldesk.demo=true", "--logging.level.root=WARN");
            url = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        }
        try {
            run(url, token, clients, seconds, warmup);
        } finally {
            if (app != null) app.close();
        }
    }

    static void run(String url, String token, int clients, int seconds, int warmup) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        JsonNode orgs = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/organizations"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
        List<String> organizations = new ArrayList<>();
        orgs.forEach(o -> organizations.add(o.get("id").asString()));
        if (organizations.isEmpty()) throw new IllegalStateException("no organization to open tickets for at " + url);

        Recorder recorder = new Recorder(3);
        AtomicLong failures = new AtomicLong();
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        String target = url + "/api/v1/tickets";
        List<String[]> texts = Files.readAllLines(TEXTS).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", 2)).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    long n = 0;
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= end) return null;
                        String[] text = texts.get((int) ((client + n) % texts.size()));
                        String body = JSON.writeValueAsString(Map.of("organizationId", organizations.get((int) ((client * 7 + n) % organizations.size())),
                                "requester", Map.of("name", "Bench " + client, "email", "bench" + client + "@example.com"),
                                "subject", text[0] + " #" + client + "-" + n, "body", text[1], "channel", "API"));
                        n++;
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                        long done = System.nanoTime();
                        if (start < warmupEnd) continue;
                        if (r.statusCode() != 201) failures.incrementAndGet();
                        recorder.recordValue(Math.max(1, (done - start) / 1_000));
                    }
                }));
            }
            Thread.sleep(Duration.ofSeconds(warmup));
            recorder.reset();
            for (Future<?> f : running) f.get();
        }
        Histogram h = recorder.getIntervalHistogram();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf("ticket create + route over HTTP: %d clients, %d s measured after %d s warm-up, %d cores, load average %.2f%n",
                clients, seconds, warmup, Runtime.getRuntime().availableProcessors(), load);
        System.out.printf("  %d tickets, %d failed, %.0f tickets/s%n", h.getTotalCount(), failures.get(), h.getTotalCount() / (double) seconds);
        System.out.printf("  latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    }
}
