package io.globaldesk.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox delivers ({@code globaldesk.notification.*}).
 *
 * @param dispatchInterval the pause between two runs of the dispatcher
 * @param batchSize messages one dispatcher claims at a time and attempts side by side
 * @param maxAttempts attempts before a message is DEAD
 * @param initialBackoff the wait after the first failure; it doubles with every further failure, with jitter
 * @param maxBackoff the longest wait between two attempts
 * @param lease how long a claimed message stays invisible to other dispatchers; a dispatcher that dies mid-delivery
 *              releases its messages when the lease runs out
 * @param rateLimit the per-recipient, per-topic limit for messages that ask for one
 * @param retention how long sent messages are kept (for the outbox page and deduplication) before they are deleted
 */
@ConfigurationProperties("globaldesk.notification")
record NotificationProperties(
        @DefaultValue("5s") Duration dispatchInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("2h") Duration maxBackoff,
        @DefaultValue("5m") Duration lease,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Webhook webhook,
        @DefaultValue("30d") Duration retention) {

    /** At most {@code max} messages per recipient and topic within {@code window}. */
    record RateLimit(@DefaultValue("3") int max, @DefaultValue("1h") Duration window) {
    }

    record Webhook(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration timeout) {
    }
}
