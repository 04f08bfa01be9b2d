package org.coproduction.core.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A minimal, seeded property runner: it draws values from a generator and checks a property for each,
 * and when a check fails it reports the seed that reproduces the failure.
 *
 * <p>Replay a failure with {@code -Dcoproduction.seed=<seed>}; without it the seed is fixed per test
 * (so CI is repeatable) unless {@code -Dcoproduction.seed=random} asks for a fresh one.
 */
public final class Property {

    private static final long DEFAULT_SEED = 20261124L;

    private Property() {
    }

    /**
     * Checks a property over generated values.
     *
     * @param <T>  the generated type
     * @param tries  how many values to draw
     * @param generator  draws one value from a random source
     * @param property  checks one value, throwing {@link AssertionError} (or any exception) if it fails
     */
    public static <T> void forAll(int tries, Function<SplittableRandom, T> generator, Consumer<T> property) {
        long seed = seed();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            long caseSeed = random.nextLong();
            T value = generator.apply(new SplittableRandom(caseSeed));
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Property failed on try " + i + " for run seed " + seed + " (replay with "
                        + "-Dcoproduction.seed=" + seed + "); value: " + value, e);
            }
        }
    }

    private static long seed() {
        String configured = System.getProperty("coproduction.seed");
        if (configured == null || configured.isBlank()) {
            return DEFAULT_SEED;
        }
        if (configured.equals("random")) {
            long fresh = new SplittableRandom().nextLong();
            System.out.println("Property seed: " + fresh);
            return fresh;
        }
        return Long.parseLong(configured.trim());
    }
}
