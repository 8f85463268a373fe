package org.hugmenow.wellness.mood.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.tenant.registry.domain.TenantSlug;
import org.hugmenow.wellness.mood.domain.Trends;
import org.hugmenow.wellness.mood.persistence.TrendStore;

@ApplicationScoped
public class TrendService {

    @Inject TenantData data;
    @Inject TrendStore store;
    @Inject TrendCache cache;

    public Trends trends(TenantSlug tenant, String personId, LocalDate from, LocalDate to) {
        return cache.get(tenant, personId, from, to, () -> data.inConnection(tenant, c -> Trends.of(from, to,
                store.days(c, personId, from, to), store.correlations(c, personId, from, to))));
    }

    public java.util.List<org.hugmenow.wellness.mood.domain.CalendarDay> calendar(TenantSlug tenant, String personId, java.time.YearMonth month) {
        return data.inConnection(tenant, c -> store.calendar(c, personId, month.atDay(1), month.atEndOfMonth()));
    }
}
