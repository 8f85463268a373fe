package org.hugmenow.wellness.insights.domain;

import java.util.random.RandomGenerator;

/**
 * Uniforms in a fixed cycle, so that noise is predictable: with uniforms {@code u, 0} the sampler gives
 * exactly floor(ln(1 − u)·Δ/(−ε)) (the second geometric is 0), which exposes the ε and Δ it used.
 */
final class ScriptedRandom implements RandomGenerator {

    private final double[] uniforms;
    private int next;

    ScriptedRandom(double... uniforms) {
        this.uniforms = uniforms.clone();
    }

    /** No noise at all: both geometrics of every draw are 0. */
    static ScriptedRandom noNoise() {
        return new ScriptedRandom(0.0);
    }

    @Override
    public double nextDouble() {
        double u = uniforms[next];
        next = (next + 1) % uniforms.length;
        return u;
    }

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("the sampler only needs uniforms");
    }
}
