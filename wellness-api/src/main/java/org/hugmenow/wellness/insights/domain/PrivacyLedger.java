package org.hugmenow.wellness.insights.domain;

import java.util.Map;

/**
 * Port: how many releases each person (by tag) has been part of, per family and month. Per tenant;
 * never holds raw person ids. A charge is never undone.
 */
public interface PrivacyLedger {

    /** Releases charged so far to each of {@code people}; a person never charged may be absent. */
    Map<Long, Integer> releasesOf(BudgetKey key, PopulationDigest people);

    /** Charges one release to each of {@code people}. */
    void charge(BudgetKey key, PopulationDigest people);

    /** The most releases charged to any one person under the key (0 when none). */
    int mostReleasesOfAnyone(BudgetKey key);
}
