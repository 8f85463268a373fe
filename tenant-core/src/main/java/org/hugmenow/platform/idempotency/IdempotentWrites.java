package org.hugmenow.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import org.hugmenow.platform.idempotency.persistence.IdempotencyStore;
import org.hugmenow.platform.refusal.Refusal;

/**
 * Exactly-once writes for clients that retry (an offline app sending its queue): inside the write's
 * transaction, {@link #repeatOf} either takes the key, and the write goes ahead and is
 * {@link #remember}ed, or returns what the first write with that key made. The key commits or
 * rolls back with the write. Scopes keep one person's keys apart from another's.
 */
@ApplicationScoped
public class IdempotentWrites {

    @Inject IdempotencyStore store;

    /**
     * The first write's result when this key was used before for the same request; empty when the
     * write is to be made now. The same key with another request is refused (422).
     */
    public Optional<String> repeatOf(Connection c, String scope, IdempotencyKey key, String request) throws SQLException {
        String fingerprint = fingerprint(request);
        Optional<IdempotencyStore.Stored> first = store.claim(c, scope, key.value(), fingerprint);
        if (first.isPresent() && !first.get().fingerprint().equals(fingerprint)) {
            throw Refusal.unprocessable("This Idempotency-Key was used for a different request; use a new key for a new request.");
        }
        return first.map(IdempotencyStore.Stored::result);
    }

    public void remember(Connection c, String scope, IdempotencyKey key, String result) throws SQLException {
        store.remember(c, scope, key.value(), result);
    }

    static String fingerprint(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
