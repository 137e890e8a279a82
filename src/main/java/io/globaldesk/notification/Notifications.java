package io.globaldesk.notification;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.notification.OutboxStatus.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail and webhooks through the outbox. {@link #email} and {@link #webhook} join the caller's transaction: the
 * message is stored only if the caller's work commits, and is delivered afterwards, with retries, by the dispatcher.
 */
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final Outbox outbox;
    private final NotificationProperties properties;
    private final Clock clock;

    Notifications(Outbox outbox, NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues {@code message}; empty when its dedupe key was seen before or its rate limit is used up. */
    @Transactional
    public Optional<UUID> email(EmailMessage message) {
        return enqueue(entry(message));
    }

    private static Outbox.Entry entry(EmailMessage message) {
        return new Outbox.Entry(Channel.EMAIL, message.to().strip().toLowerCase(java.util.Locale.ROOT),
                message.subject(), message.rateLimitTopic(), message.dedupeKey(), EmailTransport.JSON.writeValueAsString(message));
    }

    /**
     * Queues many messages at once, as {@link #email} does each, in one insert where no rate limit applies; answers
     * how many were queued.
     */
    @Transactional
    public int emails(List<EmailMessage> messages) {
        List<Outbox.Entry> entries = new ArrayList<>(messages.size());
        for (EmailMessage message : messages) entries.add(entry(message));
        return outbox.enqueueAll(entries, properties.maxAttempts(), properties.rateLimit(), clock.instant());
    }

    /** Queues {@code message}; empty when its dedupe key was seen before or its rate limit is used up. */
    @Transactional
    public Optional<UUID> webhook(WebhookMessage message) {
        String payload = EmailTransport.JSON.writeValueAsString(message);
        return enqueue(new Outbox.Entry(Channel.WEBHOOK, URI.create(message.url()).normalize().toString(),
                message.eventType(), message.rateLimitTopic(), message.dedupeKey(), payload));
    }

    public Optional<OutboxStatus> status(UUID id) {
        return outbox.status(id);
    }

    /** The newest messages first, at most {@code limit} (1 to 500). */
    public List<OutboxStatus> recent(int limit) {
        return outbox.recent(Math.clamp(limit, 1, 500));
    }

    /** Makes a pending or dead message due now (a dead one gets one more attempt); empty when unknown or sent. */
    @Transactional
    public Optional<OutboxStatus> retryNow(UUID id) {
        return outbox.retryNow(id, clock.instant());
    }

    private Optional<UUID> enqueue(Outbox.Entry entry) {
        Optional<UUID> id = outbox.enqueue(entry, properties.maxAttempts(), properties.rateLimit(), clock.instant());
        if (id.isEmpty()) {
            log.debug("{} to {} not queued: duplicate key or rate limit for topic {}", entry.channel(), entry.recipient(), entry.topic());
        }
        return id;
    }
}
