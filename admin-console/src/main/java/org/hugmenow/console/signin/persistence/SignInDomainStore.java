package org.hugmenow.console.signin.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.SqlFailure;

/** {@code platform.console_sign_in_domain}: which tenant a work e-mail's domain signs in to. */
@ApplicationScoped
public class SignInDomainStore {

    @Inject
    PlatformDatabase database;

    public Optional<UUID> tenantOf(String domain) {
        try (Connection c = database.platform().getConnection()) {
            return Sql.one(c, "SELECT tenant_id FROM platform.console_sign_in_domain WHERE domain = ?",
                    r -> r.getObject(1, UUID.class), domain);
        } catch (SQLException e) {
            throw new SqlFailure("find sign-in domain", e);
        }
    }

    public List<String> domainsOf(UUID tenantId) {
        try (Connection c = database.platform().getConnection()) {
            return Sql.list(c, "SELECT domain FROM platform.console_sign_in_domain WHERE tenant_id = ? ORDER BY domain",
                    r -> r.getString(1), tenantId);
        } catch (SQLException e) {
            throw new SqlFailure("list sign-in domains", e);
        }
    }

    /** False when another tenant holds the domain already; adding one's own domain again changes nothing. */
    public boolean claim(String domain, UUID tenantId, String by, Instant at) {
        try (Connection c = database.platform().getConnection()) {
            Sql.update(c, "INSERT INTO platform.console_sign_in_domain (domain, tenant_id, set_by, set_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (domain) DO NOTHING", domain, tenantId, by, at);
            return tenantId.equals(Sql.one(c, "SELECT tenant_id FROM platform.console_sign_in_domain WHERE domain = ?",
                    r -> r.getObject(1, UUID.class), domain).orElse(null));
        } catch (SQLException e) {
            throw new SqlFailure("claim sign-in domain", e);
        }
    }

    public boolean release(String domain, UUID tenantId) {
        try (Connection c = database.platform().getConnection()) {
            return Sql.update(c, "DELETE FROM platform.console_sign_in_domain WHERE domain = ? AND tenant_id = ?", domain, tenantId) == 1;
        } catch (SQLException e) {
            throw new SqlFailure("release sign-in domain", e);
        }
    }

    /** The provider the domain leads straight to, if its tenant routed it to one. */
    public Optional<String> providerOf(String domain) {
        try (Connection c = database.platform().getConnection()) {
            return Sql.one(c, "SELECT provider_alias FROM platform.console_sign_in_domain WHERE domain = ? AND provider_alias IS NOT NULL",
                    r -> r.getString(1), domain);
        } catch (SQLException e) {
            throw new SqlFailure("find sign-in domain provider", e);
        }
    }

    public List<String> routedTo(UUID tenantId, String alias) {
        try (Connection c = database.platform().getConnection()) {
            return Sql.list(c, "SELECT domain FROM platform.console_sign_in_domain WHERE tenant_id = ? AND provider_alias = ? ORDER BY domain",
                    r -> r.getString(1), tenantId, alias);
        } catch (SQLException e) {
            throw new SqlFailure("list routed sign-in domains", e);
        }
    }

    /** Leads exactly these domains of the tenant (claimed already) to the provider, and no others. */
    public void route(UUID tenantId, String alias, List<String> domains) {
        try (Connection c = database.platform().getConnection()) {
            Sql.update(c, "UPDATE platform.console_sign_in_domain SET provider_alias = NULL WHERE tenant_id = ? AND provider_alias = ?",
                    tenantId, alias);
            for (String domain : domains) {
                Sql.update(c, "UPDATE platform.console_sign_in_domain SET provider_alias = ? WHERE tenant_id = ? AND domain = ?",
                        alias, tenantId, domain);
            }
        } catch (SQLException e) {
            throw new SqlFailure("route sign-in domains", e);
        }
    }
}
