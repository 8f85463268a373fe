package org.hugmenow.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.db.TenantAvailability;

/**
 * Ready means: database answers, migrations ran, Keycloak answers. The public {@code /health/ready}
 * gets each check's name and status only; the details (failed tenants, parked events, Keycloak's
 * answer) name tenants and internals, so only operators read them ({@link ReadinessResource}).
 */
@ApplicationScoped
public class ReadinessChecks {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject PlatformDatabase database;
    @Inject TenantAvailability availability;
    @Inject TenantCoreConfig config;
    @Inject org.hugmenow.platform.outbox.OutboxRelay outbox;

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.up("application");
    }

    @Produces
    @Readiness
    HealthCheck publicDatabase() {
        return () -> bare(database());
    }

    @Produces
    @Readiness
    HealthCheck publicMigrations() {
        return () -> bare(migrations());
    }

    @Produces
    @Readiness
    HealthCheck publicOutbox() {
        return () -> bare(outbox());
    }

    @Produces
    @Readiness
    HealthCheck publicKeycloak() {
        return () -> bare(keycloak());
    }

    /** Every readiness check with its details, for operators. */
    public java.util.List<HealthCheckResponse> detailed() {
        return java.util.List.of(database(), migrations(), outbox(), keycloak());
    }

    private static HealthCheckResponse bare(HealthCheckResponse detailed) {
        return HealthCheckResponse.named(detailed.getName()).status(detailed.getStatus() == HealthCheckResponse.Status.UP).build();
    }

    HealthCheckResponse database() {
        try (Connection c = database.platform().getConnection()) {
            return HealthCheckResponse.named("database").status(c.isValid(2)).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down().withData("error", "unreachable").build();
        }
    }

    HealthCheckResponse migrations() {
        var builder = HealthCheckResponse.named("migrations")
                .status(availability.migrationsDone());
        // Failed tenants are named but do not fail readiness: the other tenants must keep serving.
        builder.withData("failedTenants", availability.unavailable().size());
        builder.withData("finished", availability.migrationsDone());
        availability.unavailable().forEach((tenant, reason) -> builder.withData("tenant:" + tenant, reason));
        return builder.build();
    }

    /** Parked outbox events (ADR 0003): named per tenant, without failing readiness; they wait for an operator. */
    HealthCheckResponse outbox() {
        var builder = HealthCheckResponse.named("outbox").up();
        var parked = outbox.parked();
        builder.withData("parkedEvents", parked.values().stream().mapToLong(Long::longValue).sum());
        parked.forEach((tenant, count) -> builder.withData("tenant:" + tenant, count));
        return builder.build();
    }

    HealthCheckResponse keycloak() {
        String url = config.keycloakUrl() + "/realms/" + config.platformRealm() + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return HealthCheckResponse.named("keycloak").status(response.statusCode() == 200)
                    .withData("status", response.statusCode()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("keycloak").down().withData("error", "unreachable").build();
        }
    }
}
