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
import org.hugmenow.tenant.registry.domain.IdentityHome;
import org.hugmenow.tenant.registry.domain.Tenant;
import org.hugmenow.tenant.registry.domain.TenantRepository;
import org.hugmenow.tenant.registry.domain.TenantSlug;
import org.hugmenow.tenant.registry.domain.TenantStatus;

@ApplicationScoped
public class JdbcTenantRepository implements TenantRepository {

    private static final String COLUMNS =
            "id, slug, name, status, plan, keycloak_url, realm, created_at, last_error FROM platform.tenant";

    @Inject
    PlatformDatabase database;

    @Override
    public boolean insert(Tenant tenant) {
        String sql = "INSERT INTO platform.tenant (id, slug, name, status, plan, keycloak_url, realm, issuer, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (Connection c = database.platform().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, tenant.id());
            s.setString(2, tenant.slug().value());
            s.setString(3, tenant.name());
            s.setString(4, tenant.status().wireName());
            s.setString(5, tenant.plan());
            s.setString(6, tenant.identityHome().keycloakUrl());
            s.setString(7, tenant.identityHome().realm());
            s.setString(8, tenant.identityHome().issuer());
            s.setTimestamp(9, Timestamp.from(tenant.createdAt()));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new SqlFailure("insert tenant", e);
        }
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
    public void update(Tenant tenant) {
        String sql = "UPDATE platform.tenant SET name = ?, status = ?, plan = ?, last_error = ?, updated_at = now() WHERE id = ?";
        try (Connection c = database.platform().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant.name());
            s.setString(2, tenant.status().wireName());
            s.setString(3, tenant.plan());
            s.setString(4, tenant.lastError());
            s.setObject(5, tenant.id());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure("update tenant", e);
        }
    }

    @Override
    public void recordError(TenantSlug slug, String error) {
        String sql = "UPDATE platform.tenant SET last_error = ?, updated_at = now() WHERE slug = ?";
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
