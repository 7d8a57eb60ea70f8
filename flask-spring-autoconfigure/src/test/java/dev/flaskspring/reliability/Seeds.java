package dev.flaskspring.reliability;

import java.util.Random;

/**
 * The seed of a generated test: {@code -Dfuzz.seed=N} replays a failure, otherwise a new one each run; it
 * is part of every assertion message.
 */
final class Seeds {

    private Seeds() {
    }

    static long seed() {
        return Long.getLong("fuzz.seed", System.nanoTime());
    }

    static Random random(long seed) {
        return new Random(seed);
    }
}
