package io.globaldesk.telemetry.web;

import io.globaldesk.support.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Posts NDJSON bodies to a running GlobalDesk, with an optional idempotency key, and keeps the response headers. */
final class NdjsonClient {

    record Response(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            return Api.JSON.readTree(body);
        }

        boolean isProblem() {
            return headers.firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;
    private final String token;

    NdjsonClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    Response post(String path, String body, String idempotencyKey) {
        return post(path, body, idempotencyKey, "application/x-ndjson");
    }

    Response post(String path, String body, String idempotencyKey, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType).header("Accept", "application/json, application/problem+json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (idempotencyKey != null) request.header("Idempotency-Key", idempotencyKey);
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
