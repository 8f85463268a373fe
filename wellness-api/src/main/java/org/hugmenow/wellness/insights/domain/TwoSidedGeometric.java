package org.hugmenow.wellness.insights.domain;

import java.util.random.RandomGenerator;

/**
 * The discrete Laplace mechanism: integer noise Z with P(Z = z) ∝ α^|z|, α = exp(−ε/Δ), added to an
 * integer aggregate of sensitivity Δ, gives ε-differential privacy. Z is drawn as the difference of two
 * independent geometric variables, each by inversion of one uniform.
 *
 * <p>Why not floating-point Laplace: its output's low bits depend on the true value (Mironov 2012).
 * Here every output is an integer, so nothing hides in the bits; the only floating point is in the
 * probabilities of each integer, which are off by a relative 2⁻⁵³ at most. Mean 0, variance
 * 2α/(1−α)².
 */
final class TwoSidedGeometric {

    private final RandomGenerator random;

    /** {@code random} is a {@link java.security.SecureRandom} in production; a seeded generator in tests. */
    TwoSidedGeometric(RandomGenerator random) {
        this.random = random;
    }

    static double alpha(double epsilon, long sensitivity) {
        if (!(epsilon > 0) || sensitivity < 1) {
            throw new IllegalArgumentException("needs ε > 0 and sensitivity >= 1, was " + epsilon + ", " + sensitivity);
        }
        return Math.exp(-epsilon / sensitivity);
    }

    long sample(double epsilon, long sensitivity) {
        double alpha = alpha(epsilon, sensitivity);
        return geometric(alpha) - geometric(alpha);
    }

    /** Failures before the first success, success probability 1 − α: P(G = g) = (1 − α)·α^g. */
    private long geometric(double alpha) {
        double uniform = 1.0 - random.nextDouble(); // (0, 1]: the logarithm stays finite
        return (long) Math.floor(Math.log(uniform) / Math.log(alpha));
    }
}
