package io.globaldesk.diagnosis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfidenceTests {

    @Test
    void growsWithTheMarginFromOneHalfTowardsButNeverToCertainty() {
        assertThat(Confidence.of(0)).isEqualTo(0.5);
        assertThat(Confidence.of(0.25)).isEqualTo(0.79);
        assertThat(Confidence.of(1)).isEqualTo(0.98);
        assertThat(Confidence.of(100)).isEqualTo(0.99);
    }

    @Test
    void theWeakestConditionDecides() {
        assertThat(Confidence.of(2, 0.25, 5)).isEqualTo(Confidence.of(0.25));
        assertThat(Confidence.of(2, -0.3)).as("a condition on the wrong side counts as no margin").isEqualTo(0.5);
    }
}
