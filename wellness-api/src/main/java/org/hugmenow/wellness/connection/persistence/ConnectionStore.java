package org.hugmenow.wellness.connection.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.connection.domain.Connection;
import org.hugmenow.wellness.connection.domain.Suggestion;
import org.hugmenow.wellness.privacy.domain.Sharing;

@ApplicationScoped
public class ConnectionStore {

    private static final String COLUMNS = "id, requester_id, addressee_id, status, requester_sharing, addressee_sharing, created_at, responded_at";

    /** False if the two are already connected or one asked the other. */
    public boolean insert(java.sql.Connection c, Connection k) throws SQLException {
        return Sql.update(c, "INSERT INTO connection (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                k.id(), k.requesterId(), k.addresseeId(), k.accepted() ? "accepted" : "pending", k.requesterSharing().json(),
                k.addresseeSharing().json(), k.createdAt(), k.respondedAt()) > 0;
    }

    /** Only a connection the person is part of. */
    public Optional<Connection> find(java.sql.Connection c, String personId, UUID id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM connection WHERE id = ? AND (requester_id = ? OR addressee_id = ?)",
                ConnectionStore::row, id, personId, personId);
    }

    public Optional<Connection> between(java.sql.Connection c, String a, String b) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM connection WHERE least(requester_id, addressee_id) = least(?, ?)"
                + " AND greatest(requester_id, addressee_id) = greatest(?, ?)", ConnectionStore::row, a, b, a, b);
    }

    public List<Connection> of(java.sql.Connection c, String personId) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM connection WHERE requester_id = ? OR addressee_id = ? ORDER BY created_at DESC",
                ConnectionStore::row, personId, personId);
    }

    public void accept(java.sql.Connection c, UUID id, Sharing addresseeSharing) throws SQLException {
        Sql.update(c, "UPDATE connection SET status = 'accepted', responded_at = now(), addressee_sharing = ? WHERE id = ?",
                addresseeSharing.json(), id);
    }

    public boolean delete(java.sql.Connection c, UUID id) throws SQLException {
        return Sql.update(c, "DELETE FROM connection WHERE id = ?", id) > 0;
    }

    public void setSharing(java.sql.Connection c, Connection k, String personId, Sharing level) throws SQLException {
        String column = k.requesterId().equals(personId) ? "requester_sharing" : "addressee_sharing";
        Sql.update(c, "UPDATE connection SET " + column + " = ? WHERE id = ?", level.json(), k.id());
    }

    /** True if the two accepted a connection, whoever asked. */
    public boolean connected(java.sql.Connection c, String a, String b) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM connection WHERE status = 'accepted' AND"
                + " ((requester_id = ? AND addressee_id = ?) OR (requester_id = ? AND addressee_id = ?))", a, b, b, a) > 0;
    }

    /** Colleagues in the person's teams, and friends of friends, that they are not yet connected with. */
    public List<Suggestion> suggestions(java.sql.Connection c, String personId, int limit) throws SQLException {
        return Sql.list(c, "WITH mine AS (SELECT CASE WHEN requester_id = ? THEN addressee_id ELSE requester_id END AS other, status"
                        + "   FROM connection WHERE requester_id = ? OR addressee_id = ?),"
                        + " team_mates AS (SELECT DISTINCT m2.person_id AS other FROM team_member m1 JOIN team_member m2 ON m2.team_id = m1.team_id"
                        + "   WHERE m1.person_id = ? AND m2.person_id <> ?),"
                        + " mutual AS (SELECT CASE WHEN k.requester_id = mine.other THEN k.addressee_id ELSE k.requester_id END AS other, count(*) AS n"
                        + "   FROM mine JOIN connection k ON k.status = 'accepted' AND (k.requester_id = mine.other OR k.addressee_id = mine.other)"
                        + "   WHERE mine.status = 'accepted' GROUP BY 1)"
                        + " SELECT p.id, coalesce(p.display_name, p.name), (t.other IS NOT NULL), coalesce(mu.n, 0) FROM person p"
                        + " LEFT JOIN team_mates t ON t.other = p.id LEFT JOIN mutual mu ON mu.other = p.id"
                        + " WHERE p.status = 'active' AND p.id <> ? AND (t.other IS NOT NULL OR mu.n > 0)"
                        + " AND p.id NOT IN (SELECT other FROM mine)"
                        + " AND p.id NOT IN (SELECT other_id FROM person_block WHERE person_id = ? AND kind = 'block')"
                        + " AND p.id NOT IN (SELECT person_id FROM person_block WHERE other_id = ? AND kind = 'block')"
                        + " ORDER BY (t.other IS NOT NULL) DESC, coalesce(mu.n, 0) DESC, 2 LIMIT ?",
                r -> new Suggestion(r.getString(1), r.getString(2), r.getBoolean(3), r.getInt(4)),
                personId, personId, personId, personId, personId, personId, personId, personId, limit);
    }

    public void deleteAll(java.sql.Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM connection WHERE requester_id = ? OR addressee_id = ?", personId, personId);
    }

    private static Connection row(ResultSet r) throws SQLException {
        return new Connection(r.getObject(1, UUID.class), r.getString(2), r.getString(3), "accepted".equals(r.getString(4)),
                Sharing.parse(r.getString(5)), Sharing.parse(r.getString(6)), Sql.instant(r, "created_at"), Sql.instant(r, "responded_at"));
    }
}
