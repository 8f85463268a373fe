package org.hugmenow.tenant.provisioning.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.db.SqlFailure;
import org.hugmenow.platform.tenancy.TenantJournal;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository.FirstAdmin;
import org.hugmenow.tenant.provisioning.application.ActivationTokens;

@ApplicationScoped
public class TenantJournalStore implements TenantJournal {

    @Inject
    PlatformDatabase database;

    @Override
    public Set<String> completedSteps(UUID tenantId) {
        Set<String> steps = new HashSet<>();
        try (Connection c = database.platform().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT step FROM platform.tenant_step WHERE tenant_id = ?")) {
            s.setObject(1, tenantId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    steps.add(rows.getString(1));
                }
            }
            return steps;
        } catch (SQLException e) {
            throw new SqlFailure("read tenant steps", e);
        }
    }

    @Override
    public java.util.Map<UUID, Set<String>> completedStepsOfAll() {
        java.util.Map<UUID, Set<String>> steps = new java.util.HashMap<>();
        try (Connection c = database.platform().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT tenant_id, step FROM platform.tenant_step");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                steps.computeIfAbsent(rows.getObject(1, UUID.class), id -> new HashSet<>()).add(rows.getString(2));
            }
            return steps;
        } catch (SQLException e) {
            throw new SqlFailure("read tenant steps", e);
        }
    }

    @Override
    public void completeStep(UUID tenantId, String step) {
        update("INSERT INTO platform.tenant_step (tenant_id, step) VALUES (?, ?) ON CONFLICT DO NOTHING",
                "record tenant step", tenantId, step);
    }

    @Override
    public void audit(Tenant tenant, String action, String actor, String detail) {
        update("INSERT INTO platform.audit_log (tenant_id, tenant_slug, action, actor, detail) VALUES (?, ?, ?, ?, ?)",
                "write audit log", tenant.id(), tenant.slug().value(), action, actor, detail);
    }

    @Override
    public List<AuditEntry> auditTrail(UUID tenantId) {
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection c = database.platform().getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT action, actor, detail, at FROM platform.audit_log WHERE tenant_id = ? ORDER BY id")) {
            s.setObject(1, tenantId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getTimestamp(4).toInstant()));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new SqlFailure("read audit log", e);
        }
    }

    @Override
    public FirstAdmin firstAdmin(UUID tenantId) {
        try (Connection c = database.platform().getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT admin_username, admin_email, admin_first_name, admin_last_name FROM platform.tenant WHERE id = ?")) {
            s.setObject(1, tenantId);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("tenant " + tenantId + " is not registered");
                }
                return new FirstAdmin(row.getString(1), row.getString(2), row.getString(3), row.getString(4));
            }
        } catch (SQLException e) {
            throw new SqlFailure("read first admin", e);
        }
    }

    @Override
    public Optional<String> issueActivation(UUID tenantId, String username, Duration validFor, String issuedBy) {
        String token = ActivationTokens.newToken();
        String sql = "INSERT INTO platform.activation_token (token_hash, tenant_id, username, expires_at, issued_by)"
                + " SELECT ?, id, ?, ?, ? FROM platform.tenant WHERE id = ? AND first_admin_activated_at IS NULL";
        try (Connection c = database.platform().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, hash(token));
            s.setString(2, username);
            s.setTimestamp(3, Timestamp.from(Instant.now().plus(validFor)));
            s.setString(4, issuedBy);
            s.setObject(5, tenantId);
            return s.executeUpdate() == 1 ? Optional.of(token) : Optional.empty();
        } catch (SQLException e) {
            throw new SqlFailure("issue activation", e);
        }
    }

    @Override
    public Optional<Activation> consumeActivation(String token) {
        // One statement: the tenant row's update serializes concurrent activations, so of two
        // links redeemed at once only one sets the first admin's password.
        String sql = "WITH used AS (UPDATE platform.activation_token SET used_at = now()"
                + "   WHERE token_hash = ? AND used_at IS NULL AND expires_at > now() RETURNING tenant_id, username, issued_by),"
                + " claimed AS (UPDATE platform.tenant SET first_admin_activated_at = now()"
                + "   WHERE id IN (SELECT tenant_id FROM used) AND first_admin_activated_at IS NULL RETURNING id)"
                + " SELECT used.tenant_id, used.username, used.issued_by FROM used JOIN claimed ON claimed.id = used.tenant_id";
        try (Connection c = database.platform().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, hash(token));
            try (ResultSet row = s.executeQuery()) {
                return row.next()
                        ? Optional.of(new Activation(row.getObject(1, UUID.class), row.getString(2), row.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new SqlFailure("consume activation", e);
        }
    }

    @Override
    public void releaseActivation(String token) {
        update("WITH released AS (UPDATE platform.activation_token SET used_at = NULL WHERE token_hash = ? RETURNING tenant_id)"
                + " UPDATE platform.tenant SET first_admin_activated_at = NULL WHERE id IN (SELECT tenant_id FROM released)",
                "release activation", hash(token));
    }

    private void update(String sql, String operation, Object... parameters) {
        try (Connection c = database.platform().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure(operation, e);
        }
    }

    private static String hash(String token) {
        return ActivationTokens.hash(token);
    }
}
