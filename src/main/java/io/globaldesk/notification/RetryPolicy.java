package io.globaldesk.notification;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: after the n-th failure wait {@code min(max, initial × 2^(n-1))}, of which the upper
 * half is random so that many messages failing together (an SMTP outage) do not retry in lock step.
 */
record RetryPolicy(int maxAttempts, Duration initial, Duration max, RandomGenerator random) {

    RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, not " + initial + " and " + max);
        }
    }

    /** The wait before the next attempt, after {@code failures} failed attempts (1 or more). */
    Duration delayAfter(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 40);
        long full = Math.min(max.toMillis(), initial.toMillis() * (1L << Math.min(doublings, 30)));
        long half = full / 2;
        return Duration.ofMillis(full - half + random.nextLong(half + 1));
    }
}
