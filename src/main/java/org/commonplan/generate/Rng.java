package org.commonplan.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded random stream. Each part of a school (staff, timetable, ...) draws from a stream of its own, so that
 * changing how one part is built leaves the others as they were: the scenarios of one school share their staff.
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /** The stream named {@code part} of the school built from {@code seed}. */
    static Rng of(long seed, String part) {
        long mixed = seed * 0x9E3779B97F4A7C15L ^ (long) part.hashCode() * 0xC2B2AE3D27D4EB4FL;
        return new Rng(new SplittableRandom(mixed));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A whole number in [low, high]. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Shuffles in place (Fisher-Yates) and returns the list. */
    <T> List<T> shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
        return items;
    }
}
