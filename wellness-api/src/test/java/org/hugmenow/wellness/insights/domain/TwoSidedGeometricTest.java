package org.hugmenow.wellness.insights.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TwoSidedGeometricTest {

    private static final int SAMPLES = 200_000;

    @ParameterizedTest(name = "ε = {0}, Δ = {1}")
    @CsvSource({"1.0, 1", "0.5, 1", "0.1, 4", "2.0, 10"})
    void hasMeanZeroAndTheDiscreteLaplaceVariance(double epsilon, long sensitivity) {
        TwoSidedGeometric noise = new TwoSidedGeometric(new SplittableRandom(20261204L));
        double alpha = Math.exp(-epsilon / sensitivity);
        double variance = 2 * alpha / ((1 - alpha) * (1 - alpha));
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < SAMPLES; i++) {
            long z = noise.sample(epsilon, sensitivity);
            sum += z;
            squares += (double) z * z;
        }
        double mean = sum / SAMPLES;
        double sampleVariance = squares / SAMPLES - mean * mean;
        // Standard error of the mean is sqrt(variance / n); allow 5 of them. The variance within 5 %.
        assertEquals(0, mean, 5 * Math.sqrt(variance / SAMPLES), "mean");
        assertEquals(variance, sampleVariance, 0.05 * variance, "variance");
    }

    @Test
    void isSymmetricAndMostLikelyZero() {
        TwoSidedGeometric noise = new TwoSidedGeometric(new SplittableRandom(7L));
        int[] counts = new int[5];
        for (int i = 0; i < SAMPLES; i++) {
            long z = noise.sample(1.0, 1);
            if (Math.abs(z) <= 2) {
                counts[(int) z + 2]++;
            }
        }
        double alpha = Math.exp(-1);
        double pZero = (1 - alpha) / (1 + alpha);
        assertEquals(pZero, counts[2] / (double) SAMPLES, 0.01, "P(0) = (1 − α)/(1 + α)");
        assertEquals(pZero * alpha, counts[3] / (double) SAMPLES, 0.01, "P(1) = P(0)·α");
        assertEquals(counts[1], counts[3], 0.05 * counts[3], "P(−1) = P(1)");
        assertTrue(counts[2] > counts[3] && counts[3] > counts[4]);
    }

    @Test
    void refusesAnEpsilonOrSensitivityThatMeansNothing() {
        TwoSidedGeometric noise = new TwoSidedGeometric(new SplittableRandom(1L));
        assertThrows(IllegalArgumentException.class, () -> noise.sample(0, 1));
        assertThrows(IllegalArgumentException.class, () -> noise.sample(1, 0));
    }
}
