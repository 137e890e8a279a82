package io.globaldesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.globaldesk.GlobalDeskApplication;
import io.globaldesk.insights.RtcHistory;
import io.globaldesk.insights.internal.LingoClusterer;
import io.globaldesk.insights.internal.TopicModel;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Topics over a large history, and the insights dashboard's JSON endpoints on top of it.
 * <ol>
 *   <li>In process: word analysis and Lingo clustering of N generated tickets (five languages, eight weeks), as the
 *       insights module does it: Lingo runs on at most {@code cap} evenly spread tickets per language, every other
 *       ticket joins its topic by keywords. Also rising terms against the previous period.</li>
 *   <li>The whole application on a fresh embedded PostgreSQL: N tickets imported through the NDJSON API, then each
 *       dashboard endpoint timed cold (first call, which clusters) and warm (median and max of 20 calls).</li>
 * </ol>
 * <p>Run: {@code ./globaldesk bench main io.globaldesk.bench.TopicsBenchmark [tickets=100000] [cap=1000] [http=true]}
 */
public final class TopicsBenchmark {

    /** Eight weeks up to today, so the dashboard's default period (the last 28 days) holds half the history. */
    private static final Instant START = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(Duration.ofDays(56));
    private static final String TOKEN = "topics-bench-admin-token-0123456789";

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int cap = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        boolean http = args.length <= 2 || Boolean.parseBoolean(args[2]);
        System.out.printf("TopicsBenchmark: %,d tickets, Lingo sample cap %,d per language, %d cores, load average %s%n",
                n, cap, Runtime.getRuntime().availableProcessors(), load());
        List<RtcHistory.Generated> history = RtcHistory.generate("bench-", START, n, Math.max(40, n / 25), 11);
        inProcess(history, cap);
        if (http) overHttp(history);
        System.out.printf("load average at the end: %s%n", load());
    }

    /**
     * Each round times the serial word analysis (as before) beside the parallel one, and Lingo on the sample of 2,000
     * texts per language it had before beside the sample it uses now, with each one's purity against the generated themes.
     */
    static void inProcess(List<RtcHistory.Generated> history, int cap) {
        Map<UUID, String> theme = new HashMap<>();
        List<TopicModel.Doc> docs = history.stream().map(g -> {
            UUID id = UUID.nameUUIDFromBytes(g.externalId().getBytes());
            theme.put(id, g.theme());
            return new TopicModel.Doc(id, g.language(), g.subject(), g.body());
        }).toList();
        LingoClusterer lingo = new LingoClusterer();
        TopicModel before = new TopicModel(lingo, 2000);
        TopicModel now = new TopicModel(lingo, cap);
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            docs.stream().map(TopicModel::analyse).toList();
            long t1 = System.nanoTime();
            List<TopicModel.Analysed> analysed = TopicModel.analyse(docs);
            long t2 = System.nanoTime();
            System.out.printf("  round %d: analyse serial %.1f s, parallel %.1f s%n", round, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            cluster("cap 2,000 (before)", before, analysed, theme);
            cluster("cap " + cap + " (now)", now, analysed, theme);
            long t3 = System.nanoTime();
            int half = analysed.size() / 2;
            TopicModel.risingTerms(analysed.subList(half, analysed.size()), analysed.subList(0, half), 5, 30);
            System.out.printf("    rising terms %.1f s%n", (System.nanoTime() - t3) / 1e9);
        }
    }

    private static void cluster(String name, TopicModel model, List<TopicModel.Analysed> analysed, Map<UUID, String> theme) {
        long t0 = System.nanoTime();
        List<TopicModel.Found> found = model.topics(analysed, 15);
        long t1 = System.nanoTime();
        long clustered = 0;
        long majority = 0;
        for (TopicModel.Found f : found) {
            Map<String, Long> counts = f.members().stream().collect(Collectors.groupingBy(theme::get, Collectors.counting()));
            clustered += f.members().size();
            majority += counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
        System.out.printf("    cluster, %-18s %.1f s; %d topics covering %,d of %,d tickets, purity %.3f%n", name, (t1 - t0) / 1e9,
                found.size(), clustered, analysed.size(), majority / (double) Math.max(1, clustered));
    }

    static void overHttp(List<RtcHistory.Generated> history) throws Exception {
        Path dir = Path.of("target/tmp/topics-bench-" + System.currentTimeMillis());
        Files.createDirectories(dir);
        try (ConfigurableApplicationContext app = SpringApplication.run(GlobalDeskApplication.class, "--server.port=0",
                "--globaldesk.data-dir=" + dir, "--globaldesk.demo=false", "--globaldesk.security.admin-token=" + TOKEN,
                "--globaldesk.insights.warm-up-delay=PT1000H", "--logging.level.root=WARN")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String base = "http://localhost:" + port;
            long t0 = System.nanoTime();
            for (int i = 0; i < history.size(); i += 10_000) {
                String body = history.subList(i, Math.min(history.size(), i + 10_000)).stream()
                        .map(RtcHistory.Generated::ndjson).collect(Collectors.joining("\n"));
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets/import"))
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                        .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) throw new IllegalStateException("import failed: " + r.statusCode() + " " + r.body());
            }
            System.out.printf("  imported %,d tickets over HTTP in %.1f s%n", history.size(), (System.nanoTime() - t0) / 1e9);
            String period = "from=" + START + "&to=" + START.plus(Duration.ofDays(56));
            String lastWeek = "from=" + START.plus(Duration.ofDays(49)) + "&to=" + START.plus(Duration.ofDays(56));
            List<String> endpoints = List.of("/api/v1/insights/topics?" + period, "/api/v1/insights/rising?" + lastWeek,
                    "/api/v1/insights/category-trends?" + period, "/api/v1/insights/sdk-mentions?" + period,
                    "/api/v1/insights/satisfaction?by=REGION&" + period, "/api/v1/insights/doc-gaps",
                    "/api/v1/insights/feedback-items", "/api/v1/insights/case-reviews");
            double coldTotal = 0;
            double warmTotal = 0;
            for (String e : endpoints) {
                double cold = time(client, base + e);
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < 20; i++) warm.add(time(client, base + e));
                Collections.sort(warm);
                coldTotal += cold;
                warmTotal += warm.get(10);
                System.out.printf("  %-70s cold %8.1f ms, warm median %6.1f ms, max %6.1f ms%n", e.replaceAll("\\?.*", ""),
                        cold, warm.get(10), warm.getLast());
            }
            System.out.printf("  explicit 8-week period, all %d endpoints in sequence: cold %.1f s, warm %.0f ms%n", endpoints.size(),
                    coldTotal / 1000, warmTotal);
            long w0 = System.nanoTime();
            app.getBean(io.globaldesk.insights.Topics.class).warmDefaultPeriod();
            System.out.printf("  background warm-up of the default period (last 28 days and the 28 before): %.1f s%n",
                    (System.nanoTime() - w0) / 1e9);
            List<String> dashboard = List.of("/api/v1/insights/topics", "/api/v1/insights/rising", "/api/v1/insights/category-trends",
                    "/api/v1/insights/sdk-mentions", "/api/v1/insights/satisfaction?by=REGION", "/api/v1/insights/satisfaction?by=CENTER",
                    "/api/v1/insights/doc-gaps", "/api/v1/insights/feedback-items", "/api/v1/insights/case-reviews");
            List<Double> loads = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                double sum = 0;
                for (String e : dashboard) sum += time(client, base + e);
                loads.add(sum);
            }
            Collections.sort(loads);
            System.out.printf("  dashboard load (default period, %d JSON calls in sequence, after warm-up): first %.0f ms, median %.0f ms, max %.0f ms%n",
                    dashboard.size(), loads.getFirst(), loads.get(5), loads.getLast());
        }
    }

    private static double time(HttpClient client, String url) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode() + " " + r.body());
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "n/a";
        }
    }
}
