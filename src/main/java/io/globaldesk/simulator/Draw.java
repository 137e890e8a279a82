package io.globaldesk.simulator;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Random draws from one seeded generator, so that a run is repeatable from its seed. */
final class Draw {
    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A generator for one item of a run, independent of how many draws the items before it made. */
    static Draw forItem(long seed, long item) {
        return new Draw(new SplittableRandom(seed).split().nextLong() * 31 + item * 0x9E3779B97F4A7C15L);
    }

    double uniform(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    double unit() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int fromInclusive, int toInclusive) {
        return random.nextInt(fromInclusive, toInclusive + 1);
    }

    double gaussian(double mean, double sd) {
        return mean + random.nextGaussian() * sd;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T weighted(List<T> items, ToDoubleFunction<T> weight) {
        double total = 0;
        for (T item : items) total += weight.applyAsDouble(item);
        double target = random.nextDouble() * total;
        for (T item : items) {
            target -= weight.applyAsDouble(item);
            if (target < 0) return item;
        }
        return items.getLast();
    }
}
