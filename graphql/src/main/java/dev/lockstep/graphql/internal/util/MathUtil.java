package dev.lockstep.graphql.internal.util;

import java.util.Random;

/** {@code $util.math} ("Math helpers in $util.math"). */
public final class MathUtil {

    private final Random random;

    MathUtil(Random random) {
        this.random = random;
    }

    public Number roundNum(double value) {
        long rounded = Math.round(value);
        if (rounded >= Integer.MIN_VALUE && rounded <= Integer.MAX_VALUE) {
            return (int) rounded;
        }
        return rounded;
    }

    public double minVal(double a, double b) {
        return Math.min(a, b);
    }

    public double maxVal(double a, double b) {
        return Math.max(a, b);
    }

    public double randomDouble() {
        return random.nextDouble();
    }

    /** A random integer from {@code min} to {@code max}, both included (the docs do not say; both ends are allowed). */
    public int randomWithinRange(int min, int max) {
        int low = Math.min(min, max);
        int high = Math.max(min, max);
        return low + (int) Math.floor(random.nextDouble() * ((long) high - low + 1));
    }
}
