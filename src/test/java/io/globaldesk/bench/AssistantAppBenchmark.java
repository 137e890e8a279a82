package io.globaldesk.bench;

import io.globaldesk.GlobalDeskApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answer latency through the whole application, without a language model: GlobalDesk in-process on its embedded
 * PostgreSQL with the demo knowledge base and its default configuration (embedding re-rank on), a customer token,
 * and {@code POST /api/v1/assistant/messages} for each question of the evaluation set in turn, one client, each a new
 * conversation (security, validation, the answer, the conversation and both messages stored, JSON out).
 *
 * <pre>./globaldesk bench main io.globaldesk.bench.AssistantAppBenchmark [requests, default 1000]</pre>
 */
public final class AssistantAppBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "bench-admin-token-0123456789";

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/assistant/eval.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                questions.add(JSON.readTree(line).get("question").asString());
            }
        }
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "bench-");
        try (ConfigurableApplicationContext app = SpringApplication.run(GlobalDeskApplication.class, "--server.port=0",
                "--globaldesk.data-dir=" + dir, "--globaldesk.security.admin-token=" + ADMIN, "--globaldesk.demo=true",
                "--globaldesk.telemetry.demo-feed=false", "--logging.level.root=WARN");
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            String org = post(http, base + "/api/v1/organizations", ADMIN, Map.of("name", "Bench " + UUID.randomUUID(),
                    "country", "US", "locale", "en", "tier", "PREMIUM", "appIds", List.of("app-" + UUID.randomUUID())))
                    .get("id").asString();
            String customer = post(http, base + "/api/v1/api-tokens", ADMIN, Map.of("name", "bench-" + UUID.randomUUID(),
                    "role", "CUSTOMER", "organizationId", org)).get("token").asString();
            String uri = base + "/api/v1/assistant/messages";
            for (int i = 0; i < Math.min(300, requests); i++) {
                post(http, uri, customer, Map.of("text", questions.get(i % questions.size())));
            }
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                post(http, uri, customer, Map.of("text", questions.get((i * 7) % questions.size())));
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf("whole application, demo knowledge base: requests=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms "
                            + "max=%.1f ms load average=%.2f (%d cores)%n", requests, nanos[requests / 2] / 1e6,
                    nanos[(int) (requests * 0.95)] / 1e6, nanos[(int) (requests * 0.99)] / 1e6, nanos[requests - 1] / 1e6,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static JsonNode post(HttpClient http, String uri, String token, Object body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + uri + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
