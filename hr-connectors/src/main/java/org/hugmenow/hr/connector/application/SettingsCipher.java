package org.hugmenow.hr.connector.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Encrypts an HR connection's settings (credentials among them) at rest with AES-256-GCM under a
 * per-tenant key: HMAC-SHA256 of the configured master key over {@code "hr-settings:" + tenant}.
 * The tenant and the connection id are the associated data, so a ciphertext copied to another
 * tenant or onto another connection fails to decrypt rather than lending its credentials.
 * Layout: version (1 byte) · IV (12 random bytes) · ciphertext with tag.
 */
@ApplicationScoped
public class SettingsCipher {

    public static final String KEY_PROPERTY = "hugmenow.directory.secrets-key";
    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = KEY_PROPERTY)
    Optional<String> configuredKey;

    private final Map<String, SecretKeySpec> keys = new ConcurrentHashMap<>();
    private final Supplier<Optional<String>> masterKey;

    public SettingsCipher() {
        masterKey = () -> configuredKey.filter(k -> !k.isBlank());
    }

    /** For tests: a cipher over a given master key (Base64 of 32 bytes). */
    SettingsCipher(String masterKeyBase64) {
        masterKey = () -> Optional.of(masterKeyBase64);
    }

    /**
     * The settings cannot be sealed or opened, mostly because the platform's secrets key is missing.
     * A tenant admin cannot fix that: callers get a 503, the {@link #reason()} goes to the operator's log and the run report.
     */
    public static final class Unavailable extends Refusal {
        private final String reason;

        Unavailable(String reason, Throwable cause) {
            super(Kind.UNAVAILABLE, "HR connection settings cannot be stored or read at the moment; the platform operator has been told.",
                    new IllegalStateException("HR connection settings unavailable: " + reason, cause));
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    public byte[] encrypt(TenantSlug tenant, UUID connectionId, Map<String, String> settings) {
        JsonObjectBuilder json = Jsons.object();
        new TreeMap<>(settings).forEach((name, value) -> {
            if (value != null) {
                json.add(name, value);
            }
        });
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(tenant), new GCMParameterSpec(128, iv));
            cipher.updateAAD(associatedData(tenant, connectionId));
            byte[] sealed = cipher.doFinal(json.build().toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new Unavailable("HR connection settings could not be encrypted", e);
        }
    }

    public Map<String, String> decrypt(TenantSlug tenant, UUID connectionId, byte[] stored) {
        if (stored == null || stored.length < 1 + IV_BYTES || stored[0] != VERSION) {
            throw new Unavailable("the settings of this HR connection are not in a known format; enter them again", null);
        }
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(tenant), new GCMParameterSpec(128, stored, 1, IV_BYTES));
            cipher.updateAAD(associatedData(tenant, connectionId));
            plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new Unavailable("the settings of this HR connection cannot be decrypted: the secrets key changed, or they"
                    + " were copied from another tenant or connection; enter them again", e);
        }
        JsonObject json = Jsons.parseObject(new String(plain, StandardCharsets.UTF_8));
        Map<String, String> settings = new TreeMap<>();
        json.forEach((name, value) -> settings.put(name, ((JsonString) value).getString()));
        return settings;
    }

    private static byte[] associatedData(TenantSlug tenant, UUID connectionId) {
        return ("tenant:" + tenant.value() + "/hr-connection:" + connectionId).getBytes(StandardCharsets.UTF_8);
    }

    private SecretKeySpec key(TenantSlug tenant) {
        return keys.computeIfAbsent(tenant.value(), slug -> {
            byte[] master = master();
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(master, "HmacSHA256"));
                return new SecretKeySpec(mac.doFinal(("hr-settings:" + slug).getBytes(StandardCharsets.UTF_8)), "AES");
            } catch (GeneralSecurityException e) {
                throw new Unavailable("the key for HR connection settings could not be derived", e);
            }
        });
    }

    /** Fails at first use, not at start-up, so an instance without HR connections runs without the key. */
    private byte[] master() {
        String configured = masterKey.get().orElseThrow(() -> new Unavailable("HR connection settings are encrypted with a"
                + " key that is not configured: set " + KEY_PROPERTY + " (environment HUGMENOW_DIRECTORY_SECRETS_KEY) to the"
                + " Base64 of 32 random bytes, e.g. from 'openssl rand -base64 32'", null));
        byte[] master;
        try {
            master = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            master = new byte[0];
        }
        if (master.length != 32) {
            throw new Unavailable(KEY_PROPERTY + " must be the Base64 of exactly 32 bytes", null);
        }
        return master;
    }
}
