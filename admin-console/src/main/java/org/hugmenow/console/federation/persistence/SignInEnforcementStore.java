package org.hugmenow.console.federation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.console.federation.domain.Enforcement;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.SqlFailure;

/** {@code platform.sign_in_enforcement}: whether a tenant's people must use a company provider, and who is exempt. */
@ApplicationScoped
public class SignInEnforcementStore {

    @Inject
    PlatformDatabase database;

    public Optional<Enforcement> find(UUID tenantId) {
        try (Connection c = database.platform().getConnection()) {
            return Sql.one(c, "SELECT enforced, break_glass, set_by, set_at FROM platform.sign_in_enforcement WHERE tenant_id = ?",
                    r -> new Enforcement(r.getBoolean(1), r.getString(2).isEmpty() ? List.of() : Arrays.asList(r.getString(2).split("\n")),
                            r.getString(3), Sql.instant(r, "set_at")), tenantId);
        } catch (SQLException e) {
            throw new SqlFailure("find sign-in enforcement", e);
        }
    }

    public void save(UUID tenantId, Enforcement enforcement) {
        try (Connection c = database.platform().getConnection()) {
            Sql.update(c, "INSERT INTO platform.sign_in_enforcement (tenant_id, enforced, break_glass, set_by, set_at) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (tenant_id) DO UPDATE SET enforced = EXCLUDED.enforced, break_glass = EXCLUDED.break_glass,"
                    + " set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at",
                    tenantId, enforcement.enforced(), String.join("\n", enforcement.breakGlassAdmins()), enforcement.setBy(),
                    Timestamp.from(enforcement.setAt()));
        } catch (SQLException e) {
            throw new SqlFailure("save sign-in enforcement", e);
        }
    }
}
