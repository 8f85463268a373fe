package org.hugmenow.billing.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Billing's settings, keys {@code hugmenow.stripe.*} and {@code hugmenow.billing.*}; defaults in the module's microprofile-config.properties. */
@ApplicationScoped
public class BillingConfig {

    @Inject @ConfigProperty(name = "hugmenow.stripe.secret-key") Optional<String> secretKey;
    @Inject @ConfigProperty(name = "hugmenow.stripe.webhook-secret") Optional<String> webhookSecret;
    @Inject @ConfigProperty(name = "hugmenow.stripe.api-base") String apiBase;
    @Inject @ConfigProperty(name = "hugmenow.stripe.timeout-ms") int timeoutMs;
    @Inject @ConfigProperty(name = "hugmenow.stripe.price.standard-monthly") Optional<String> standardMonthly;
    @Inject @ConfigProperty(name = "hugmenow.stripe.price.standard-yearly") Optional<String> standardYearly;
    @Inject @ConfigProperty(name = "hugmenow.stripe.price.premium-monthly") Optional<String> premiumMonthly;
    @Inject @ConfigProperty(name = "hugmenow.stripe.price.premium-yearly") Optional<String> premiumYearly;
    @Inject @ConfigProperty(name = "hugmenow.billing.grace-days") int graceDays;
    @Inject @ConfigProperty(name = "hugmenow.billing.seat-debounce-seconds") int seatDebounceSeconds;
    @Inject @ConfigProperty(name = "hugmenow.billing.reconcile-hour-utc") int reconcileHourUtc;
    @Inject @ConfigProperty(name = "hugmenow.app.url") String appUrl;

    /** Whether Stripe can be called and its webhooks verified; without both, billing says "not configured". */
    public boolean configured() {
        return secretKey().isPresent() && webhookSecret().isPresent();
    }

    public Optional<String> secretKey() {
        return secretKey.filter(k -> !k.isBlank());
    }

    public Optional<String> webhookSecret() {
        return webhookSecret.filter(k -> !k.isBlank());
    }

    public String apiBase() {
        return apiBase;
    }

    public int timeoutMs() {
        return timeoutMs;
    }

    public PriceCatalog prices() {
        return new PriceCatalog(standardMonthly, standardYearly, premiumMonthly, premiumYearly);
    }

    public Duration grace() {
        return Duration.ofDays(graceDays);
    }

    public Duration seatDebounce() {
        return Duration.ofSeconds(seatDebounceSeconds);
    }

    public int reconcileHourUtc() {
        return reconcileHourUtc;
    }

    /** The console page Checkout and the Customer Portal return to, at the configured public address. */
    public String consoleBillingUrl() {
        return consoleBillingUrl(appUrl);
    }

    /** The same page at a given origin (the console's own, which its sign-in already proved). */
    public static String consoleBillingUrl(String origin) {
        return origin + "/console/finance/billing.xhtml";
    }
}
