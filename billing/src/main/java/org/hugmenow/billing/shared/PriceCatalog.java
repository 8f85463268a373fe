package org.hugmenow.billing.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hugmenow.tenant.entitlement.domain.Plan;

/** The configured Stripe prices: which price id sells which plan for which interval, both ways. */
public final class PriceCatalog {

    public enum Interval { MONTH, YEAR }

    public record PlanPrice(Plan plan, Interval interval) {
    }

    private final Map<PlanPrice, String> ids = new LinkedHashMap<>();

    PriceCatalog(Optional<String> standardMonthly, Optional<String> standardYearly, Optional<String> premiumMonthly,
                 Optional<String> premiumYearly) {
        put(Plan.STANDARD, Interval.MONTH, standardMonthly);
        put(Plan.STANDARD, Interval.YEAR, standardYearly);
        put(Plan.PREMIUM, Interval.MONTH, premiumMonthly);
        put(Plan.PREMIUM, Interval.YEAR, premiumYearly);
    }

    private void put(Plan plan, Interval interval, Optional<String> id) {
        id.filter(v -> !v.isBlank()).ifPresent(v -> ids.put(new PlanPrice(plan, interval), v.strip()));
    }

    public Optional<String> priceId(Plan plan, Interval interval) {
        return Optional.ofNullable(ids.get(new PlanPrice(plan, interval)));
    }

    /** The plan a price sells; a price this installation does not sell is no plan. */
    public Optional<PlanPrice> planOf(String priceId) {
        return ids.entrySet().stream().filter(e -> e.getValue().equals(priceId)).map(Map.Entry::getKey).findFirst();
    }

    public Map<PlanPrice, String> all() {
        return Map.copyOf(ids);
    }
}
