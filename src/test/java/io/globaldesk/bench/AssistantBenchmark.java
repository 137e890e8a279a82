package io.globaldesk.bench;

import com.sun.net.httpserver.HttpServer;
import io.globaldesk.assistant.Assistant;
import io.globaldesk.assistant.AssistantAnswer;
import io.globaldesk.assistant.AssistantSettings;
import io.globaldesk.assistant.AskerContext;
import io.globaldesk.assistant.DemoKnowledgeBase;
import io.globaldesk.culture.CultureProfileCode;
import io.globaldesk.culture.TemplateRenderer;
import io.globaldesk.knowledge.EmbeddingProvider;
import io.globaldesk.knowledge.LuceneKnowledgeIndex;
import io.globaldesk.knowledge.OnnxEmbeddingProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
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

/**
 * Answer latency of the assistant without a language model, end to end over HTTP on 127.0.0.1: a JSON request with the
 * question, the answer composed and serialised, for the demo knowledge base and for one of over 10,000 articles
 * (renamed copies of the demo articles, with their translations). The questions are those of the evaluation set, asked in a bounded loop. The server is the JDK's
 * HTTP server around the assistant core (not the whole Spring stack). Prints p50/p95/p99 and the load average.
 *
 * <pre>./globaldesk bench main io.globaldesk.bench.AssistantBenchmark [requests per size, default 2000] [--embeddings]</pre>
 * {@code --embeddings} re-ranks with the bundled embedding models (en, zh), as the application does by default.
 */
public final class AssistantBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/assistant/eval.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                questions.add(JSON.readTree(line).get("question").asString());
            }
        }
        boolean embeddings = Arrays.asList(args).contains("--embeddings");
        int demoArticles = new DemoKnowledgeBase().indexable.size();
        // The demo knowledge base, then enough renamed copies of it to pass 10,000 articles.
        for (int copies : new int[] {1, (LARGE + demoArticles - 1) / demoArticles}) {
            run(copies, questions, requests, embeddings);
        }
    }

    private static final int LARGE = 10_000;

    private static void run(int copies, List<String> questions, int requests, boolean embeddings) throws Exception {
        DemoKnowledgeBase kb = new DemoKnowledgeBase(copies);
        Path dir = Files.createTempDirectory("assistant-bench");
        long start = System.nanoTime();
        try (LuceneKnowledgeIndex index = kb.index(dir, embeddings ? new OnnxEmbeddingProvider() : EmbeddingProvider.NONE)) {
            Assistant assistant = new Assistant(index, kb, () -> kb.termbase, kb.productTerms, new TemplateRenderer(),
                    AssistantSettings.defaults());
            System.out.printf("%d articles indexed and learnt in %.1f s (embedding re-rank %s)%n", kb.indexable.size(),
                    (System.nanoTime() - start) / 1e9, embeddings ? "on" : "off");
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/assistant/messages", exchange -> {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                AssistantAnswer answer = assistant.answer(body.get("text").asString(), null, List.of(),
                        AskerContext.anonymous(CultureProfileCode.DEFAULT));
                byte[] out = JSON.writeValueAsBytes(Map.of("language", answer.language(), "answered", answer.answered(),
                        "reply", answer.reply(), "citations", answer.citations(), "confidence", answer.confidence()));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, out.length);
                exchange.getResponseBody().write(out);
                exchange.close();
            });
            server.start();
            try (HttpClient client = HttpClient.newHttpClient()) {
                URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/assistant/messages");
                int warmup = Math.min(500, requests);
                for (int i = 0; i < warmup; i++) {
                    send(client, uri, questions.get(i % questions.size()));
                }
                long[] nanos = new long[requests];
                for (int i = 0; i < requests; i++) {
                    long t = System.nanoTime();
                    send(client, uri, questions.get((i * 7) % questions.size()));
                    nanos[i] = System.nanoTime() - t;
                }
                Arrays.sort(nanos);
                System.out.printf("articles=%d requests=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms load average=%.2f (%d cores)%n",
                        kb.indexable.size(), requests, nanos[requests / 2] / 1e6, nanos[(int) (requests * 0.95)] / 1e6,
                        nanos[(int) (requests * 0.99)] / 1e6, nanos[requests - 1] / 1e6,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors());
            } finally {
                server.stop(0);
            }
        }
    }

    private static void send(HttpClient client, URI uri, String question) throws Exception {
        String body = JSON.writeValueAsString(Map.of("text", question));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }
}
