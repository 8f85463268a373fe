package org.hugmenow.hr.scim.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The shapes of SCIM credentials: {@code hmnscim_<slug>_<secret>} bearer tokens, and Basic
 * clients {@code scim_<slug>_<12 chars>} with a separate secret. Secrets are 256 random bits.
 *
 * <p>The slug only says which schema to look in; the hash found there is what authenticates, so
 * editing the slug reaches nothing. Slugs hold no {@code _}, so the first one after the prefix
 * ends the slug even though base64url secrets may contain more.
 */
final class ScimSecrets {

    static final String TOKEN_PREFIX = "hmnscim_";
    static final String CLIENT_PREFIX = "scim_";
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern CLIENT_SUFFIX = Pattern.compile("[A-Za-z0-9_-]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private ScimSecrets() {
    }

    static String newToken(TenantSlug tenant) {
        return TOKEN_PREFIX + tenant.value() + "_" + random(32);
    }

    static String newClientId(TenantSlug tenant) {
        return CLIENT_PREFIX + tenant.value() + "_" + random(9);
    }

    static String newSecret() {
        return random(32);
    }

    /** The tenant a value shaped like a token names; says nothing about whether the token is valid. */
    static Optional<TenantSlug> tokenTenant(String token) {
        return tenantIn(token, TOKEN_PREFIX, SECRET);
    }

    static Optional<TenantSlug> clientTenant(String clientId) {
        return tenantIn(clientId, CLIENT_PREFIX, CLIENT_SUFFIX);
    }

    static boolean isSecret(String secret) {
        return secret != null && SECRET.matcher(secret).matches();
    }

    /** SHA-256: a slow hash adds nothing to 256 random bits, and verification runs on every SCIM request. */
    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Optional<TenantSlug> tenantIn(String value, String prefix, Pattern rest) {
        if (value == null || !value.startsWith(prefix)) {
            return Optional.empty();
        }
        int end = value.indexOf('_', prefix.length());
        if (end < 0 || !rest.matcher(value.substring(end + 1)).matches()) {
            return Optional.empty();
        }
        String slug = value.substring(prefix.length(), end);
        return TenantSlug.problemWith(slug).isPresent() ? Optional.empty() : Optional.of(new TenantSlug(slug));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return BASE64URL.encodeToString(value);
    }
}
