package org.hugmenow.wellness.insights.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns opaque person keys into tags: the first 64 bits of HMAC-SHA256 under the tenant's insights
 * secret. Without the secret a stored tag cannot be linked back to a person or across tenants;
 * with it, only by tagging a candidate key (so the secret lives with the tenant's other secrets and
 * goes when the tenant goes).
 *
 * <p>Lifecycle: one tagger per release (not thread-safe), or one {@link #shared} tagger per tenant
 * for every release (thread-safe). Either remembers the tags it made, because the same people
 * appear in many cells and many responses; a shared one remembers at most {@link #REMEMBERED}.
 */
public final class PersonTagger {

    /** 128 bits: shorter secrets would make tags guessable offline. */
    public static final int MIN_SECRET_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";

    static final int REMEMBERED = 200_000;
    static final int REMEMBERED_DIGESTS = 5_000;

    private final Mac mac;
    private final Map<String, Long> tagged;
    /** Shared taggers only: the digests of populations asked again (held while their sets live). */
    private final Map<Collection<String>, PopulationDigest> digests;

    public PersonTagger(byte[] tenantSecret) {
        this(tenantSecret, new HashMap<>());
    }

    /** A tagger that any number of releases of the tenant may use at once. */
    public static PersonTagger shared(byte[] tenantSecret) {
        return new PersonTagger(tenantSecret, new ConcurrentHashMap<>());
    }

    private PersonTagger(byte[] tenantSecret, Map<String, Long> tagged) {
        this.tagged = tagged;
        this.digests = tagged instanceof ConcurrentHashMap ? Collections.synchronizedMap(new WeakHashMap<>()) : null;
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
        Long known = tagged.get(personKey);
        if (known != null) {
            return known;
        }
        long tag;
        synchronized (mac) {
            tag = ByteBuffer.wrap(mac.doFinal(personKey.getBytes(StandardCharsets.UTF_8))).getLong();
        }
        if (tagged.size() < REMEMBERED) {
            tagged.put(personKey, tag);
        }
        return tag;
    }

    public PopulationDigest digest(Collection<String> personKeys) {
        if (digests == null) {
            return PopulationDigest.of(personKeys.stream().mapToLong(this::tag).toArray());
        }
        PopulationDigest known = digests.get(personKeys);
        if (known == null) {
            known = PopulationDigest.of(personKeys.stream().mapToLong(this::tag).toArray());
            if (digests.size() >= REMEMBERED_DIGESTS) {
                digests.clear();
            }
            digests.put(personKeys, known);
        }
        return known;
    }
}
