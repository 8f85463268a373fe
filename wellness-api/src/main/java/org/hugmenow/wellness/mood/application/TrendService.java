package org.hugmenow.wellness.mood.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.mood.domain.Trends;
import org.hugmenow.wellness.mood.persistence.TrendStore;

@ApplicationScoped
public class TrendService {

    @Inject TenantData data;
    @Inject TrendStore store;
    @Inject TrendCache cache;
    @Inject org.hugmenow.wellness.mood.persistence.MoodStore moods;

    public Trends trends(TenantSlug tenant, String personId, LocalDate from, LocalDate to) {
        return data.inConnection(tenant, c -> {
            long stamp = moods.stampOf(c, personId);
            Trends cached = cache.find(tenant, personId, from, to, stamp);
            if (cached != null) {
                return cached;
            }
            Trends fresh = Trends.of(from, to, store.days(c, personId, from, to), store.correlations(c, personId, from, to));
            cache.keep(tenant, personId, from, to, stamp, fresh);
            return fresh;
        });
    }

    public java.util.List<org.hugmenow.wellness.mood.domain.CalendarDay> calendar(TenantSlug tenant, String personId, java.time.YearMonth month) {
        return data.inConnection(tenant, c -> store.calendar(c, personId, month.atDay(1), month.atEndOfMonth()));
    }
}
