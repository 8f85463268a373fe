package org.hugmenow.wellness.insights.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PrivacyPolicyTest {

    @Test
    void theDefaultsAreKFiveEpsilonOneOverTwentyReleasesAndNinetyDays() {
        PrivacyPolicy policy = PrivacyPolicy.defaults();
        assertEquals(5, policy.k());
        assertEquals(1.0, policy.epsilonPerFamilyMonth());
        assertEquals(20, policy.releasesPerPersonFamilyMonth());
        assertEquals(Duration.ofDays(90), policy.auditWindow());
        assertEquals(0.05, policy.epsilonPerRelease(), 1e-12);
    }

    @Test
    void kBelowThreeIsRefusedNotRaised() {
        assertThrows(IllegalArgumentException.class, () -> PrivacyPolicy.defaults().withK(2));
        assertThrows(IllegalArgumentException.class, () -> PrivacyPolicy.defaults().withK(0));
        assertEquals(3, PrivacyPolicy.defaults().withK(3).k());
    }

    @Test
    void epsilonMustBePositiveAndFinite() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> PrivacyPolicy.defaults().withEpsilon(bad), "ε = " + bad);
        }
        assertEquals(0.5, PrivacyPolicy.defaults().withEpsilon(0.5).epsilonPerFamilyMonth());
    }

    @Test
    void releasesAndWindowMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new PrivacyPolicy(5, 1, 0, Duration.ofDays(90)));
        assertThrows(IllegalArgumentException.class, () -> new PrivacyPolicy(5, 1, 20, Duration.ZERO));
    }

    @Test
    void aDifferenceRevealsSomeoneOnlyFromOneToKMinusOnePeople() {
        PrivacyPolicy policy = PrivacyPolicy.defaults();
        assertFalse(policy.revealsFewerThanK(0), "same people, same value");
        assertTrue(policy.revealsFewerThanK(1));
        assertTrue(policy.revealsFewerThanK(4));
        assertFalse(policy.revealsFewerThanK(5));
    }
}
