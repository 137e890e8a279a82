package io.globaldesk.alerting.internal;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlidingExtremesTests {
    @Test
    void theExtremesAreThoseOfTheLastNValuesOnly() {
        SlidingExtremes w = new SlidingExtremes(3);
        assertThat(w.isEmpty()).isTrue();
        assertThat(w.max()).isEqualTo(Double.NEGATIVE_INFINITY);
        w.add(5);
        w.add(1);
        w.add(3);
        assertThat(w.max()).isEqualTo(5);
        assertThat(w.min()).isEqualTo(1);
        w.add(2); // 5 leaves
        assertThat(w.max()).isEqualTo(3);
        w.add(2); // 1 leaves
        assertThat(w.min()).isEqualTo(2);
    }

    @Test
    void itAgreesWithABruteForceScanOnRandomData() {
        Random r = new Random(7);
        double[] v = new double[2000];
        SlidingExtremes w = new SlidingExtremes(50);
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextInt(100);
            w.add(v[i]);
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int j = Math.max(0, i - 49); j <= i; j++) {
                max = Math.max(max, v[j]);
                min = Math.min(min, v[j]);
            }
            assertThat(w.max()).isEqualTo(max);
            assertThat(w.min()).isEqualTo(min);
        }
    }

    @Test
    void aWindowNeedsRoomForOneValue() {
        assertThatThrownBy(() -> new SlidingExtremes(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
