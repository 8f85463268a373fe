package org.hugmenow.billing.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.hugmenow.platform.bootstrap.ActiveTenants;
import org.hugmenow.platform.bootstrap.BackgroundWork;

/** Counts every tenant's seats by cost centre and department a few times a day; the month's last count is what it ended with. */
@ApplicationScoped
public class SeatLedger {

    private static final Duration EVERY = Duration.ofHours(6);

    @Inject BackgroundWork background;
    @Inject ActiveTenants tenants;
    @Inject FinanceExports exports;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        background.every(EVERY, () -> tenants.each("seat ledger", exports::keepThisMonth));
    }
}
