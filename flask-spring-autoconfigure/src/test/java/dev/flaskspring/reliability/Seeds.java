package dev.flaskspring.reliability;

import java.security.SecureRandom;
import java.util.Random;

/**
 * The seed of every generated test: a fixed one by default, so that a build passes or fails the same way
 * every time; {@code -Dfuzz.seed=random} explores with a new seed and {@code -Dfuzz.seed=N} replays one. The
 * seed in use is printed and is part of every assertion message.
 */
public final class Seeds {

    /** The seed used unless {@code fuzz.seed} says otherwise. */
    public static final long DEFAULT = 20_251_125L;

    private Seeds() {
    }

    /** The seed {@code fuzz.seed} asks for (the default when unset), printed for replaying. */
    public static long seed() {
        String requested = System.getProperty("fuzz.seed", "").strip();
        long seed;
        if (requested.isEmpty()) {
            seed = DEFAULT;
        } else if (requested.equals("random")) {
            seed = new SecureRandom().nextLong();
        } else {
            try {
                seed = Long.parseLong(requested);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-Dfuzz.seed takes a number or 'random', not '" + requested + "'", e);
            }
        }
        System.out.println("fuzz seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        return seed;
    }

    /** The generator of a test run with {@code seed}. */
    public static Random random(long seed) {
        return new Random(seed);
    }
}
