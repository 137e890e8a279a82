package io.globaldesk.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * Where one outbox message stands, for the UI and for callers that want to know.
 *
 * @param recipient the e-mail address or the webhook URL
 * @param subject the e-mail subject or the webhook event type
 * @param nextAttemptAt when the dispatcher tries next (pending messages only)
 */
public record OutboxStatus(UUID id, Channel channel, String recipient, String subject, State state, int attempts,
                           int maxAttempts, String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {

    public enum Channel { EMAIL, WEBHOOK }

    /** PENDING until delivered (SENT) or given up after the last attempt or a permanent refusal (DEAD). */
    public enum State { PENDING, SENT, DEAD }

    public boolean retryable() {
        return state != State.SENT;
    }
}
