package io.globaldesk.notification;

import java.net.URI;

/**
 * A webhook to POST through the outbox: a JSON body signed with the receiver's shared secret.
 *
 * @param url the receiver, http or https
 * @param secret the shared secret the signature is made with (stored with the message, never shown or logged)
 * @param eventType what happened, sent as {@code X-GlobalDesk-Event}, e.g. {@code incident.opened}
 * @param json the request body, a JSON document
 * @param dedupeKey enqueuing the same key twice stores one message; {@code null} for no deduplication
 * @param rateLimitTopic when set, the configured per-recipient (per-URL) limit for this topic applies
 */
public record WebhookMessage(String url, String secret, String eventType, String json, String dedupeKey,
                             String rateLimitTopic) {

    public WebhookMessage {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("url must be an absolute http(s) URL, not " + url);
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("url must be an absolute http(s) URL, not " + url);
        }
        EmailMessage.requireText(secret, "secret");
        EmailMessage.requireText(eventType, "eventType");
        EmailMessage.requireSingleLine(eventType, "eventType");
        EmailMessage.requireText(json, "json");
        EmailMessage.requireSingleLine(dedupeKey, "dedupeKey");
    }

    public static WebhookMessage to(String url, String secret, String eventType, String json) {
        return new WebhookMessage(url, secret, eventType, json, null, null);
    }

    public WebhookMessage dedupedBy(String key) {
        return new WebhookMessage(url, secret, eventType, json, key, rateLimitTopic);
    }

    public WebhookMessage rateLimitedPer(String topic) {
        return new WebhookMessage(url, secret, eventType, json, dedupeKey, topic);
    }

    @Override
    public String toString() {
        return "WebhookMessage[url=" + url + ", eventType=" + eventType + ", dedupeKey=" + dedupeKey + "]";
    }
}
