package org.hugmenow.wellness.insights.domain;

import java.util.Map;

/**
 * Port: how many releases each person (by tag) has been part of, per family and month. Per tenant;
 * never holds raw person ids. A charge is never undone.
 *
 * <p>The engine reads, decides and charges within one {@code release} call; an implementation must
 * keep concurrent releases of one tenant from both spending the same last release (for example by
 * locking the tenant's ledger for the call), or the bound holds only approximately.
 */
public interface PrivacyLedger {

    /** Releases charged so far to each of {@code people}; a person never charged may be absent. */
    Map<Long, Integer> releasesOf(BudgetKey key, PopulationDigest people);

    /** Charges one release to each of {@code people}. */
    void charge(BudgetKey key, PopulationDigest people);

    /** The most releases charged to any one person under the key (0 when none). */
    int mostReleasesOfAnyone(BudgetKey key);
}
