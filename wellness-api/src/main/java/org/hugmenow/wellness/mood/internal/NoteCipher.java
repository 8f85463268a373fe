package org.hugmenow.wellness.mood.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.config.WellnessConfig;
import org.hugmenow.platform.refusal.Refusal;

/**
 * Encrypts private notes at rest with AES-256-GCM under a per-tenant key, derived from the
 * configured master key with HMAC-SHA256 over the tenant. The author's id is bound in as
 * associated data, so a note copied onto another person's row fails to decrypt.
 * Layout: version (1 byte) · IV (12 bytes) · ciphertext with tag.
 */
@ApplicationScoped
public class NoteCipher {

    private static final byte VERSION = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    WellnessConfig config;

    private final Map<String, SecretKeySpec> keys = new ConcurrentHashMap<>();
    private final java.util.function.Supplier<java.util.Optional<String>> masterKey;

    public NoteCipher() {
        masterKey = () -> config.notesKey();
    }

    /** For tests: a cipher over a given master key (Base64 of 32 bytes). */
    NoteCipher(String masterKeyBase64) {
        masterKey = () -> java.util.Optional.of(masterKeyBase64);
    }

    public byte[] encrypt(TenantSlug tenant, String personId, String note) {
        if (note == null) {
            return null;
        }
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(tenant), new GCMParameterSpec(128, iv));
            cipher.updateAAD(personId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(note.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + iv.length + sealed.length).put(VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("note encryption failed", e);
        }
    }

    public String decrypt(TenantSlug tenant, String personId, byte[] stored) {
        if (stored == null) {
            return null;
        }
        try {
            if (stored[0] != VERSION) {
                throw new IllegalStateException("unknown note format " + stored[0]);
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(tenant), new GCMParameterSpec(128, stored, 1, 12));
            cipher.updateAAD(personId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(stored, 13, stored.length - 13), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("note decryption failed", e);
        }
    }

    private SecretKeySpec key(TenantSlug tenant) {
        return keys.computeIfAbsent(tenant.value(), slug -> {
            byte[] master = Base64.getDecoder().decode(masterKey.get().orElseThrow(
                    () -> Refusal.unavailable("Private notes are unavailable: the notes key is not configured.")));
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(master, "HmacSHA256"));
                return new SecretKeySpec(mac.doFinal(("hugmenow-notes/v1/" + slug).getBytes(StandardCharsets.UTF_8)), "AES");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("note key derivation failed", e);
            }
        });
    }
}
