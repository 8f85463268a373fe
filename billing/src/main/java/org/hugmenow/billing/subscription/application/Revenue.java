package org.hugmenow.billing.subscription.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hugmenow.billing.subscription.domain.RevenueOverview;
import org.hugmenow.billing.subscription.persistence.RevenueStore;

/** The operator's revenue overview: MRR and ARR by plan, trials, past-due tenants, churn in the last 30 days. */
@ApplicationScoped
public class Revenue {

    @Inject RevenueStore store;

    public RevenueOverview overview() {
        return store.overview();
    }
}
