package io.globaldesk.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * POSTs outbox webhooks, signed. Retries (by failing retryably) on 5xx, 429, timeouts and connection errors; any
 * other 4xx is the receiver refusing this request, which sending it again will not change.
 */
class WebhookTransport implements Transport {

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    WebhookTransport(Duration connectTimeout, Duration timeout, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public OutboxStatus.Channel channel() {
        return OutboxStatus.Channel.WEBHOOK;
    }

    @Override
    public void deliver(UUID id, String payload) throws DeliveryFailure {
        WebhookMessage message = EmailTransport.JSON.readValue(payload, WebhookMessage.class);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(message.url())).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "GlobalDesk-Webhook/1")
                .header(WebhookSignature.EVENT_ID_HEADER, id.toString())
                .header(WebhookSignature.EVENT_TYPE_HEADER, message.eventType())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(message.secret(), timestamp, message.json()))
                .POST(HttpRequest.BodyPublishers.ofString(message.json()))
                .build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            throw DeliveryFailure.retryable("timed out after " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw DeliveryFailure.retryable("connection failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.retryable("interrupted");
        }
        if (status >= 200 && status < 300) return;
        String answer = "HTTP " + status + " from " + URI.create(message.url()).getHost();
        if (status >= 500 || status == 429 || status == 408) throw DeliveryFailure.retryable(answer);
        throw DeliveryFailure.permanent(answer);
    }
}
