package org.hugmenow.console.signin.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.SqlFailure;

/** {@code platform.console_session}: every instance reads and writes the same rows (ADR 0015). */
@ApplicationScoped
public class ConsoleSessionStore {

    private static final String COLUMNS = "id_hash, tenant_id, issuer, subject, username, roles, tokens, access_expires_at,"
            + " refresh_expires_at, created_at, last_seen_at";

    @Inject
    PlatformDatabase database;

    public void insert(SessionRow s) {
        run("create console session", c -> Sql.update(c, "INSERT INTO platform.console_session (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.idHash(), s.tenantId(), s.issuer(), s.subject(), s.username(),
                String.join(",", s.roles()), s.sealedTokens(), s.accessExpiresAt(), s.refreshExpiresAt(), s.createdAt(),
                s.lastSeenAt()));
    }

    public Optional<SessionRow> find(byte[] idHash) {
        return run("read console session", c -> Sql.one(c, "SELECT " + COLUMNS + " FROM platform.console_session WHERE id_hash = ?",
                ConsoleSessionStore::row, (Object) idHash));
    }

    /** New tokens after a refresh; false if the session ended meanwhile (signed out on another instance). */
    public boolean replaceTokens(byte[] idHash, Set<String> roles, byte[] sealedTokens, Instant accessExpiry, Instant refreshExpiry) {
        return run("refresh console session", c -> Sql.update(c, "UPDATE platform.console_session SET roles = ?, tokens = ?,"
                + " access_expires_at = ?, refresh_expires_at = ? WHERE id_hash = ?", String.join(",", roles), sealedTokens,
                accessExpiry, refreshExpiry, idHash)) == 1;
    }

    /** Last use, written at most once a minute per session. */
    public void touch(byte[] idHash, Instant now) {
        run("touch console session", c -> Sql.update(c, "UPDATE platform.console_session SET last_seen_at = ?"
                + " WHERE id_hash = ? AND last_seen_at < ?", now, idHash, now.minusSeconds(60)));
    }

    public void delete(byte[] idHash) {
        run("end console session", c -> Sql.update(c, "DELETE FROM platform.console_session WHERE id_hash = ?", (Object) idHash));
    }

    /** Ends every session of one person of one identity home, e.g. when they are deactivated. */
    public int deletePerson(String issuer, String subject) {
        return run("end a person's console sessions", c -> Sql.update(c,
                "DELETE FROM platform.console_session WHERE issuer = ? AND subject = ?", issuer, subject));
    }

    public int deleteIdleSince(Instant cutoff) {
        return run("end idle console sessions", c -> Sql.update(c,
                "DELETE FROM platform.console_session WHERE last_seen_at < ? OR refresh_expires_at < now()", cutoff));
    }

    private static SessionRow row(ResultSet r) throws SQLException {
        String roles = r.getString("roles");
        Set<String> roleSet = roles.isEmpty() ? Set.of() : Arrays.stream(roles.split(",")).collect(Collectors.toUnmodifiableSet());
        return new SessionRow(r.getBytes("id_hash"), r.getObject("tenant_id", UUID.class), r.getString("issuer"),
                r.getString("subject"), r.getString("username"), roleSet, r.getBytes("tokens"),
                Sql.instant(r, "access_expires_at"), Sql.instant(r, "refresh_expires_at"), Sql.instant(r, "created_at"),
                Sql.instant(r, "last_seen_at"));
    }

    private <T> T run(String operation, Work<T> work) {
        try (Connection c = database.platform().getConnection()) {
            return work.in(c);
        } catch (SQLException e) {
            throw new SqlFailure(operation, e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T in(Connection c) throws SQLException;
    }
}
