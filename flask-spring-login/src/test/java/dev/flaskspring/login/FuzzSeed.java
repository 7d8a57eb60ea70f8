package dev.flaskspring.login;

import java.security.SecureRandom;

/**
 * The seed of a generated test: a fixed one by default, so runs repeat; {@code -Dfuzz.seed=random} explores
 * with a new seed, {@code -Dfuzz.seed=N} replays one. The seed is printed and is part of every assertion message.
 */
final class FuzzSeed {

    private static final long FIXED = 20_260_101L;

    private FuzzSeed() {
    }

    static long seed() {
        String property = System.getProperty("fuzz.seed");
        long seed = property == null ? FIXED
                : property.equals("random") ? new SecureRandom().nextLong() : Long.parseLong(property);
        System.out.println("fuzz.seed=" + seed);
        return seed;
    }
}
