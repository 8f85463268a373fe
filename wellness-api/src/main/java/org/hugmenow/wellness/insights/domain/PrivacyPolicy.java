package org.hugmenow.wellness.insights.domain;

import java.time.Duration;

/**
 * A tenant's anonymity settings.
 *
 * <p>Invariants: {@code k >= 3} (the floor is not negotiable, a smaller k is refused rather than
 * raised silently); {@code epsilonPerFamilyMonth > 0} and finite; at least one release per person,
 * family and month; a positive audit window.
 *
 * @param k                           minimum number of contributors behind any shown value
 * @param epsilonPerFamilyMonth       the ε budget of one metric family for one calendar month of data
 * @param releasesPerPersonFamilyMonth how many fresh releases may include one person within that budget
 * @param auditWindow                 how long the populations shown to a viewer are remembered
 */
public record PrivacyPolicy(int k, double epsilonPerFamilyMonth, int releasesPerPersonFamilyMonth, Duration auditWindow) {

    public static final int K_FLOOR = 3;
    public static final int DEFAULT_K = 5;
    public static final double DEFAULT_EPSILON = 1.0;
    public static final int DEFAULT_RELEASES_PER_PERSON = 20;
    public static final Duration DEFAULT_AUDIT_WINDOW = Duration.ofDays(90);

    public PrivacyPolicy {
        if (k < K_FLOOR) {
            throw new IllegalArgumentException("k must be at least " + K_FLOOR + ", was " + k);
        }
        if (!(epsilonPerFamilyMonth > 0) || Double.isInfinite(epsilonPerFamilyMonth)) {
            throw new IllegalArgumentException("epsilon must be a positive finite number, was " + epsilonPerFamilyMonth);
        }
        if (releasesPerPersonFamilyMonth < 1) {
            throw new IllegalArgumentException("at least one release per person, family and month, was " + releasesPerPersonFamilyMonth);
        }
        if (auditWindow == null || auditWindow.isNegative() || auditWindow.isZero()) {
            throw new IllegalArgumentException("the audit window must be positive, was " + auditWindow);
        }
    }

    public static PrivacyPolicy defaults() {
        return new PrivacyPolicy(DEFAULT_K, DEFAULT_EPSILON, DEFAULT_RELEASES_PER_PERSON, DEFAULT_AUDIT_WINDOW);
    }

    public PrivacyPolicy withK(int newK) {
        return new PrivacyPolicy(newK, epsilonPerFamilyMonth, releasesPerPersonFamilyMonth, auditWindow);
    }

    public PrivacyPolicy withEpsilon(double epsilon) {
        return new PrivacyPolicy(k, epsilon, releasesPerPersonFamilyMonth, auditWindow);
    }

    /**
     * The ε of one release: the family's monthly budget split evenly over the releases one person may
     * be part of, so that by sequential composition no person's data of one month costs more than
     * {@link #epsilonPerFamilyMonth} in one family.
     */
    public double epsilonPerRelease() {
        return epsilonPerFamilyMonth / releasesPerPersonFamilyMonth;
    }

    /**
     * Whether two populations that differ by {@code people} (size of their symmetric difference) would
     * let a difference of their values single out fewer than k people. Zero is safe: same people, same
     * value; k or more is as safe as any shown cell.
     */
    public boolean revealsFewerThanK(int people) {
        return people >= 1 && people < k;
    }
}
