package io.globaldesk.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.globaldesk.notification.OutboxStatus.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due outbox messages through the transports it has. A channel without a transport (e-mail while SMTP is
 * not configured) is left alone: its messages wait, nothing is lost. Several dispatchers may run at once, in one
 * process or many; each claims different rows.
 */
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int MAX_BATCHES_PER_RUN = 50;

    private final Outbox outbox;
    private final Map<Channel, Transport> transports = new EnumMap<>(Channel.class);
    private final RetryPolicy retry;
    private final Clock clock;
    private final int batchSize;
    private final Duration lease;

    OutboxDispatcher(Outbox outbox, List<Transport> transports, RetryPolicy retry, Clock clock, int batchSize,
                     Duration lease) {
        this.outbox = outbox;
        transports.forEach(t -> this.transports.put(t.channel(), t));
        this.retry = retry;
        this.clock = clock;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    /**
     * Attempts every message due now, batch by batch; answers how many attempts it made. The messages of a batch are
     * attempted side by side on virtual threads, so one receiver that times out does not hold up the others.
     */
    int dispatchDue() {
        int attempted = 0;
        try (ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
                List<Outbox.Claimed> claimed = outbox.claim(transports.keySet(), clock.instant(), batchSize, lease);
                List<Future<?>> running = claimed.stream().<Future<?>>map(m -> attempts.submit(() -> attempt(m))).toList();
                for (Future<?> f : running) await(f);
                attempted += claimed.size();
                if (claimed.size() < batchSize) break;
            }
        }
        return attempted;
    }

    private static void await(Future<?> attempt) {
        try {
            attempt.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.error("an outbox attempt failed unexpectedly", e.getCause());
        }
    }

    private void attempt(Outbox.Claimed message) {
        try {
            transports.get(message.channel()).deliver(message.id(), message.payload());
            outbox.markSent(message.id(), clock.instant());
        } catch (DeliveryFailure failure) {
            failed(message, failure.getMessage(), failure.permanent());
        } catch (RuntimeException e) {
            // a bug or a broken payload must not stop the other messages; it is kept with its error
            failed(message, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    private void failed(Outbox.Claimed message, String error, boolean permanent) {
        int attempts = message.attempts() + 1;
        if (permanent || attempts >= message.maxAttempts()) {
            log.warn("outbox message {} ({}) is dead after {} attempt(s): {}", message.id(), message.channel(), attempts, error);
            outbox.markDead(message.id(), error);
        } else {
            Instant next = clock.instant().plus(retry.delayAfter(attempts));
            log.info("outbox message {} ({}) failed attempt {}, next at {}: {}", message.id(), message.channel(), attempts, next, error);
            outbox.markRetry(message.id(), error, next);
        }
    }
}
