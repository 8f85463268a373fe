package org.hugmenow.wellness.hug.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.hug.domain.HugRequest;

@ApplicationScoped
public class HugRequestStore {

    public void insert(Connection c, HugRequest r) throws SQLException {
        Sql.update(c, "INSERT INTO hug_request (id, requester_id, message, status, created_at) VALUES (?, ?, ?, ?, ?)",
                r.id(), r.requesterId(), r.message(), r.status(), r.createdAt());
        for (HugRequest.Recipient recipient : r.recipients()) {
            Sql.update(c, "INSERT INTO hug_request_recipient (request_id, recipient_id) VALUES (?, ?)", r.id(), recipient.personId());
        }
    }

    /** A request the person made or was asked in. */
    public Optional<HugRequest> findFor(Connection c, String personId, UUID id) throws SQLException {
        Optional<HugRequest> found = Sql.one(c, "SELECT id, requester_id, message, status, created_at FROM hug_request WHERE id = ?"
                + " AND (requester_id = ? OR EXISTS (SELECT 1 FROM hug_request_recipient x WHERE x.request_id = hug_request.id AND x.recipient_id = ?))",
                r -> new HugRequest(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                        HugRequest.Status.valueOf(r.getString(4).toUpperCase(Locale.ROOT)), List.of(), Sql.instant(r, "created_at")),
                id, personId, personId);
        if (found.isEmpty()) {
            return found;
        }
        HugRequest r = found.get();
        return Optional.of(new HugRequest(r.id(), r.requesterId(), r.message(), r.status(), recipients(c, id), r.createdAt()));
    }

    /** The newest 200 requests the person made ({@code sent}) or was asked in, with their recipients: two queries. */
    public List<HugRequest> list(Connection c, String personId, boolean sent) throws SQLException {
        String where = sent ? "r.requester_id = ?"
                : "EXISTS (SELECT 1 FROM hug_request_recipient x WHERE x.request_id = r.id AND x.recipient_id = ?)";
        List<HugRequest> bare = Sql.list(c, "SELECT r.id, r.requester_id, r.message, r.status, r.created_at FROM hug_request r WHERE "
                + where + " ORDER BY r.created_at DESC LIMIT 200", r -> new HugRequest(r.getObject(1, UUID.class), r.getString(2),
                r.getString(3), HugRequest.Status.valueOf(r.getString(4).toUpperCase(Locale.ROOT)), List.of(), Sql.instant(r, "created_at")),
                personId);
        if (bare.isEmpty()) {
            return bare;
        }
        Map<UUID, List<HugRequest.Recipient>> recipients = new HashMap<>();
        try (var s = c.prepareStatement("SELECT request_id, recipient_id, answered_hug_id FROM hug_request_recipient"
                + " WHERE request_id = ANY (?) ORDER BY recipient_id")) {
            s.setArray(1, c.createArrayOf("uuid", bare.stream().map(HugRequest::id).toArray()));
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    recipients.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new HugRequest.Recipient(r.getString(2), r.getObject(3, UUID.class)));
                }
            }
        }
        return bare.stream().map(h -> new HugRequest(h.id(), h.requesterId(), h.message(), h.status(),
                recipients.getOrDefault(h.id(), List.of()), h.createdAt())).toList();
    }

    private static List<HugRequest.Recipient> recipients(Connection c, UUID id) throws SQLException {
        return Sql.list(c, "SELECT recipient_id, answered_hug_id FROM hug_request_recipient WHERE request_id = ? ORDER BY recipient_id",
                r -> new HugRequest.Recipient(r.getString(1), r.getObject(2, UUID.class)), id);
    }

    public void answer(Connection c, UUID requestId, String recipientId, UUID hugId) throws SQLException {
        Sql.update(c, "UPDATE hug_request_recipient SET answered_hug_id = ? WHERE request_id = ? AND recipient_id = ?", hugId, requestId, recipientId);
        Sql.update(c, "UPDATE hug_request SET status = 'answered' WHERE id = ? AND status = 'open'", requestId);
    }

    public void close(Connection c, UUID id) throws SQLException {
        Sql.update(c, "UPDATE hug_request SET status = 'closed' WHERE id = ?", id);
    }

    public void deleteAll(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM hug_request WHERE requester_id = ?", personId);
        Sql.update(c, "DELETE FROM hug_request_recipient WHERE recipient_id = ?", personId);
    }
}
