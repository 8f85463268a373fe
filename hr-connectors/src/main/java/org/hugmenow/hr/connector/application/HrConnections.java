package org.hugmenow.hr.connector.application;

import org.hugmenow.tenant.entitlement.application.Entitlements;
import org.hugmenow.tenant.entitlement.domain.Feature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hugmenow.hr.connector.domain.HrConnection;
import org.hugmenow.hr.connector.domain.HrConnectionDraft;
import org.hugmenow.hr.connector.persistence.HrConnectionStore;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.audit.application.SecurityAudit;

/**
 * A tenant's configured HR connections. Setting values go in encrypted and come out only through
 * {@link #settings}, for a run; everything else sees the names of the settings that are set.
 */
@ApplicationScoped
public class HrConnections {

    @Inject TenantData data;
    @Inject Entitlements entitlements;
    @Inject SettingsCipher cipher;
    @Inject HrConnectionStore store;
    @Inject SecurityAudit audit;

    public enum Deletion { DELETED, NOT_FOUND, BUSY }

    /** The owner name of a connection in attribute ownership and conflict records. */
    public static String source(UUID connectionId) {
        return "hr:" + connectionId;
    }

    /** The first scheduled run comes one interval after saving, which leaves time for a dry run. */
    public HrConnection create(TenantSlug tenant, HrConnectionDraft draft, String by) {
        entitlements.require(tenant, Feature.HR_CONNECTORS);
        UUID id = UUID.randomUUID();
        byte[] sealed = cipher.encrypt(tenant, id, draft.settings());
        return data.inConnection(tenant, c -> {
            store.insert(c, id, draft, sealed, names(draft.settings()));
            audit.record(c, by, "hr-connection.created", draft.connector() + " " + draft.label());
            return store.get(c, id).orElseThrow();
        });
    }

    /** Replaces everything but the settings when the draft has none; a changed schedule restarts its clock. */
    public Optional<HrConnection> update(TenantSlug tenant, UUID id, HrConnectionDraft draft, String by) {
        byte[] sealed = draft.settings() == null ? null : cipher.encrypt(tenant, id, draft.settings());
        return data.inConnection(tenant, c -> {
            if (!store.update(c, id, draft, sealed, sealed == null ? null : names(draft.settings()))) {
                return Optional.<HrConnection>empty();
            }
            audit.record(c, by, sealed == null ? "hr-connection.changed" : "hr-connection.settings-changed", draft.label());
            return store.get(c, id);
        });
    }

    /**
     * Deletes the connection with its run history and attribute ownerships, unless a run is
     * fetching or applying. Its people keep their data and are released for another connection.
     */
    public Deletion delete(TenantSlug tenant, UUID id, String by) {
        return data.inConnection(tenant, c -> {
            // The lock waits for a run being started on this connection, so the check below sees it.
            if (!store.lock(c, id)) {
                return Deletion.NOT_FOUND;
            }
            if (store.busy(c, id)) {
                return Deletion.BUSY;
            }
            String label = store.get(c, id).map(HrConnection::label).orElse(id.toString());
            store.delete(c, id, source(id));
            audit.record(c, by, "hr-connection.deleted", label);
            return Deletion.DELETED;
        });
    }

    public List<HrConnection> list(TenantSlug tenant) {
        return data.inConnection(tenant, store::list);
    }

    public Optional<HrConnection> get(TenantSlug tenant, UUID id) {
        return data.inConnection(tenant, c -> store.get(c, id));
    }

    public Optional<HrConnection> get(Connection c, UUID id) throws SQLException {
        return store.get(c, id);
    }

    public boolean exists(Connection c, UUID id) throws SQLException {
        return store.exists(c, id);
    }

    /** The decrypted settings, for a run only; never log or return them. */
    public Map<String, String> settings(TenantSlug tenant, UUID id) {
        byte[] sealed = data.inConnection(tenant, c -> store.sealedSettings(c, id))
                .orElseThrow(() -> new NoSuchElementException("no HR connection " + id));
        return cipher.decrypt(tenant, id, sealed);
    }

    /**
     * Claims one connection whose scheduled run is due by moving its next run on, so no two
     * instances start the same run.
     */
    public Optional<UUID> claimDue(Connection c) throws SQLException {
        return store.claimDue(c);
    }

    private static List<String> names(Map<String, String> settings) {
        Set<String> names = new TreeSet<>();
        settings.forEach((name, value) -> {
            if (value != null) {
                names.add(name);
            }
        });
        return List.copyOf(names);
    }
}
