package org.hugmenow.tenant.registry.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.db.SqlFailure;
import org.hugmenow.platform.tenancy.IdentityHome;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.platform.tenancy.TenantStatus;

@ApplicationScoped
public class TenantRegistryStore implements TenantRepository {

    private static final String COLUMNS =
            "id, slug, name, status, plan, keycloak_url, realm, created_at, last_error FROM platform.tenant";

    @Inject
    PlatformDatabase database;

    @Override
    public boolean insert(Tenant tenant, FirstAdmin admin, String activationHash, java.time.Instant activationExpiry,
                          String linkIssuer) {
        // One statement, so a tenant never exists without its first admin and activation link.
        String sql = "WITH created AS (INSERT INTO platform.tenant (id, slug, name, status, plan, keycloak_url, realm, issuer,"
                + " created_at, admin_username, admin_email, admin_first_name, admin_last_name)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id)"
                + " INSERT INTO platform.activation_token (token_hash, tenant_id, username, expires_at, issued_by)"
                + " SELECT ?, id, ?, ?, ? FROM created";
        try (Connection c = database.platform().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            Object[] values = {tenant.id(), tenant.slug().value(), tenant.name(), tenant.status().wireName(), tenant.plan(),
                tenant.identityHome().keycloakUrl(), tenant.identityHome().realm(), tenant.identityHome().issuer(),
                Timestamp.from(tenant.createdAt()), admin.username(), admin.email(), admin.firstName(), admin.lastName(),
                activationHash, admin.username(), Timestamp.from(activationExpiry), linkIssuer};
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new SqlFailure("insert tenant", e);
        }
    }

    @Override
    public Optional<Tenant> findById(java.util.UUID id) {
        return queryOne("SELECT " + COLUMNS + " WHERE id = ?::uuid", id.toString());
    }

    @Override
    public Optional<Tenant> findBySlug(TenantSlug slug) {
        return queryOne("SELECT " + COLUMNS + " WHERE slug = ?", slug.value());
    }

    @Override
    public Optional<Tenant> findByIssuer(String issuer) {
        return queryOne("SELECT " + COLUMNS + " WHERE issuer = ?", issuer);
    }

    @Override
    public List<Tenant> findAll() {
        return query("SELECT " + COLUMNS + " ORDER BY slug", null);
    }

    @Override
    public List<Tenant> findByStatus(TenantStatus status) {
        return query("SELECT " + COLUMNS + " WHERE status = ? ORDER BY slug", status.wireName());
    }

    @Override
    public boolean transition(Tenant current, Tenant next) {
        String sql = "UPDATE platform.tenant SET status = ?, last_error = NULL, updated_at = now() WHERE id = ? AND status = ?";
        try (Connection c = database.platform().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, next.status().wireName());
            s.setObject(2, current.id());
            s.setString(3, current.status().wireName());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new SqlFailure("change tenant status", e);
        }
    }

    @Override
    public long secondsInStatus(TenantSlug slug) {
        String sql = "SELECT extract(epoch FROM now() - updated_at)::bigint FROM platform.tenant WHERE slug = ?";
        try (Connection c = database.platform().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, slug.value());
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new SqlFailure("read tenant status age", e);
        }
    }

    @Override
    public void recordError(TenantSlug slug, String error) {
        String sql = "UPDATE platform.tenant SET last_error = ? WHERE slug = ?";
        try (Connection c = database.platform().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, error);
            s.setString(2, slug.value());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure("record tenant error", e);
        }
    }

    private Optional<Tenant> queryOne(String sql, String parameter) {
        return query(sql, parameter).stream().findFirst();
    }

    private List<Tenant> query(String sql, String parameter) {
        try (Connection c = database.platform().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            List<Tenant> tenants = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    tenants.add(map(rows));
                }
            }
            return tenants;
        } catch (SQLException e) {
            throw new SqlFailure("read tenants", e);
        }
    }

    private static Tenant map(ResultSet row) throws SQLException {
        return new Tenant(row.getObject("id", java.util.UUID.class),
                new TenantSlug(row.getString("slug")),
                row.getString("name"),
                TenantStatus.valueOf(row.getString("status").toUpperCase()),
                row.getString("plan"),
                new IdentityHome(row.getString("keycloak_url"), row.getString("realm")),
                row.getTimestamp("created_at").toInstant(),
                row.getString("last_error"));
    }
}
