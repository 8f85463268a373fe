package org.hugmenow.wellness.insights.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns opaque person keys into tags: the first 64 bits of HMAC-SHA256 under the tenant's insights
 * secret. Without the secret a stored tag cannot be linked back to a person or across tenants;
 * with it, only by tagging a candidate key (so the secret lives with the tenant's other secrets and
 * goes when the tenant goes).
 *
 * <p>Lifecycle: one tagger per release. It remembers the tags it made, because the same people
 * appear in many cells of one response; it is not thread-safe.
 */
public final class PersonTagger {

    /** 128 bits: shorter secrets would make tags guessable offline. */
    public static final int MIN_SECRET_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final Mac mac;
    private final Map<String, Long> tagged = new HashMap<>();

    public PersonTagger(byte[] tenantSecret) {
        if (tenantSecret == null || tenantSecret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the tenant's insights secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(tenantSecret, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    public long tag(String personKey) {
        return tagged.computeIfAbsent(personKey,
                key -> ByteBuffer.wrap(mac.doFinal(key.getBytes(StandardCharsets.UTF_8))).getLong());
    }

    public PopulationDigest digest(Collection<String> personKeys) {
        return PopulationDigest.of(personKeys.stream().mapToLong(this::tag).toArray());
    }
}
