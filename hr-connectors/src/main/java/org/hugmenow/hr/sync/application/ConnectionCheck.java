package org.hugmenow.hr.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.hugmenow.hr.connector.application.HrConnections;
import org.hugmenow.hr.connector.application.SettingsCipher;
import org.hugmenow.hr.connector.domain.HrConnection;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.Uploads;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Tests a connection by fetching through its connector, behind the same circuit breaker as its
 * runs, and says in a sentence whether it works. Nothing is planned or written; the result is
 * never a stack trace, and never a setting's value.
 */
@ApplicationScoped
public class ConnectionCheck {

    private static final ContextLogger LOG = ContextLogger.of(ConnectionCheck.class);

    @Inject HrConnections connections;
    @Inject ConnectorBreakers breakers;
    @Inject ConnectorFetcher fetcher;
    @Inject Instance<HrConnectorFactory> factories;

    /** ok, and a message for the admin: how many people the source holds, or why it could not be read. */
    public record Outcome(boolean ok, String message) {
    }

    public Outcome test(TenantSlug tenant, UUID connectionId) {
        HrConnection connection = connections.get(tenant, connectionId)
                .orElseThrow(() -> Refusal.notFound("There is no such HR connection in your tenant."));
        if (Uploads.takesUploads(connection.connector())) {
            return new Outcome(false, "A CSV connection reads uploaded files; upload one as a dry run to check it.");
        }
        Optional<HrConnectorFactory> factory = factories.stream().filter(f -> f.id().equals(connection.connector())).findFirst();
        if (factory.isEmpty()) {
            return new Outcome(false, "The connector " + connection.connector() + " is not installed.");
        }
        String breaker = ConnectorBreakers.key(tenant, connectionId);
        Optional<String> refusal = breakers.refusal(breaker);
        if (refusal.isPresent()) {
            return new Outcome(false, refusal.get());
        }
        try {
            ConnectorFetcher.Fetched fetched;
            try {
                fetched = fetcher.fetch(factory.get(), connections.settings(tenant, connectionId));
            } finally {
                Thread.interrupted();
            }
            breakers.succeeded(breaker);
            return new Outcome(true, "Connected: the HR system lists " + fetched.employees().size() + " people ("
                    + fetched.skipped().size() + " records it would skip).");
        } catch (ConnectorFailure e) {
            breakers.failed(breaker, e.kind());
            return new Outcome(false, e.getMessage());
        } catch (TimeoutException e) {
            breakers.failed(breaker, ConnectorFailure.Kind.UNAVAILABLE);
            return new Outcome(false, "The HR system did not deliver its export within 10 minutes.");
        } catch (SettingsCipher.Unavailable e) {
            breakers.abandoned(breaker);
            return new Outcome(false, e.reason());
        } catch (RuntimeException e) {
            breakers.abandoned(breaker);
            LOG.error("test of HR connection " + connectionId + " failed", e);
            return new Outcome(false, "The test failed unexpectedly (" + e.getClass().getSimpleName() + ").");
        }
    }
}
