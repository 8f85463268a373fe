package org.hugmenow.wellness.insights.domain;

import java.util.Objects;

/** A cell's members and contributors as digests: what the audit stores and what rules compare. */
public record DigestedPopulation(PopulationDigest members, PopulationDigest contributors) {

    public static final DigestedPopulation NONE = new DigestedPopulation(PopulationDigest.EMPTY, PopulationDigest.EMPTY);

    public DigestedPopulation {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(contributors, "contributors");
    }

    static DigestedPopulation of(Population population, PersonTagger tagger) {
        return population == null ? NONE
                : new DigestedPopulation(tagger.digest(population.members()), tagger.digest(population.contributors()));
    }

    /**
     * Whether values over the two populations could be differenced down to fewer than k people:
     * the members (what participation divides by) or the contributors (what the value is made of)
     * differ by 1..k−1.
     */
    public boolean differsByFewerThanK(DigestedPopulation other, PrivacyPolicy policy) {
        return policy.revealsFewerThanK(members.symmetricDifferenceSize(other.members))
                || policy.revealsFewerThanK(contributors.symmetricDifferenceSize(other.contributors));
    }
}
