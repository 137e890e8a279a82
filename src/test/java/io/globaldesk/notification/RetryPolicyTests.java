package io.globaldesk.notification;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTests {

    final RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(30), Duration.ofMinutes(10), new Random(7));

    @Test
    void theWaitDoublesWithEveryFailureWithinItsJitterBand() {
        for (int failures = 1; failures <= 5; failures++) {
            long full = 30_000L << (failures - 1);
            for (int i = 0; i < 200; i++) {
                assertThat(policy.delayAfter(failures).toMillis()).as("after %d failures", failures)
                        .isBetween(full / 2, full);
            }
        }
    }

    @Test
    void theWaitIsCappedAtTheMaximum() {
        for (int i = 0; i < 200; i++) {
            assertThat(policy.delayAfter(60)).isLessThanOrEqualTo(Duration.ofMinutes(10))
                    .isGreaterThanOrEqualTo(Duration.ofMinutes(5));
        }
    }

    @Test
    void jitterSpreadsMessagesThatFailTogether() {
        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> policy.delayAfter(3)).distinct().count())
                .isGreaterThan(40);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2), new Random()))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(2), new Random()))
                .hasMessageContaining("initial <= max");
    }
}
