package org.hugmenow.hr.scim.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.hugmenow.platform.db.SqlFailure;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.security.Caller;
import org.hugmenow.platform.security.CredentialVerifier;
import org.hugmenow.platform.security.Roles;

/**
 * SCIM credentials, on SCIM paths only: every Basic header there, and bearer values shaped like a
 * SCIM token. Other bearer values on those paths (a service account's access token) stay with
 * the JWT verifier.
 */
@ApplicationScoped
public class ScimCredentialVerifier implements CredentialVerifier {

    private static final String SCIM_PATH = "/scim/";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    @Inject ScimCredentials credentials;

    @Override
    public boolean claims(String requestPath, String authorizationHeader) {
        if (requestPath == null || !requestPath.startsWith(SCIM_PATH) || authorizationHeader == null) {
            return false;
        }
        return scheme(authorizationHeader, BASIC) || (scheme(authorizationHeader, BEARER)
                && value(authorizationHeader, BEARER).startsWith(ScimSecrets.TOKEN_PREFIX));
    }

    @Override
    public Optional<Caller> verify(String authorizationHeader) {
        try {
            Optional<ScimCredentials.CredentialMatch> match = scheme(authorizationHeader, BASIC)
                    ? basic(value(authorizationHeader, BASIC))
                    : credentials.verifyToken(value(authorizationHeader, BEARER));
            return match.map(m -> new Caller(Optional.of(m.tenant()), "scim-credential:" + m.id(), m.label(),
                    Set.of(Roles.SCIM_PROVISIONER)));
        } catch (TenantData.TenantDataException e) {
            // The mechanism answers 503 to a database failure; anything else unexpected would be a 500.
            throw new SqlFailure("verify a SCIM credential", (SQLException) e.getCause());
        }
    }

    /** RFC 7617: base64 of {@code client-id:secret}; a client id holds no colon, so the first one splits. */
    private Optional<ScimCredentials.CredentialMatch> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return credentials.verifyBasic(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static boolean scheme(String header, String prefix) {
        return header.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static String value(String header, String prefix) {
        return header.substring(prefix.length()).trim();
    }
}
