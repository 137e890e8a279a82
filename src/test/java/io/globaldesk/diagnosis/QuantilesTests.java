package io.globaldesk.diagnosis;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class QuantilesTests {

    @Test
    void selectionAgreesWithSortingForManyRandomArrays() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 500; round++) {
            int n = random.nextInt(1, 200);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) values[i] = random.nextInt(0, 20) + (random.nextBoolean() ? 0.5 : 0);
            double[] sorted = values.clone();
            Arrays.sort(sorted);

            double[] selected = Quantiles.select(values, n, 0.5, 0.9);

            assertThat(selected[0]).isEqualTo(Quantiles.ofSorted(sorted, n, 0.5));
            assertThat(selected[1]).isEqualTo(Quantiles.ofSorted(sorted, n, 0.9));
        }
    }

    @Test
    void missingValuesAreIgnoredNotCountedAsZero() {
        assertThat(Quantiles.median(new double[] {Double.NaN, 7, Double.NaN, 9, 8}, 5)).isEqualTo(8);
        assertThat(Quantiles.mean(new double[] {Double.NaN, 4, 6}, 3)).isEqualTo(5);
        assertThat(Quantiles.worseLoss(null, 3.0)).isEqualTo(3);
        assertThat(Quantiles.select(new double[0], 0, 0.5, 0.9)[0]).isNaN();
    }
}
