package org.hugmenow.console.federation.domain;

import java.util.Locale;
import java.util.Optional;
import org.hugmenow.tenant.identity.IdentityBrokering.Protocol;

/**
 * Whose identity provider it is, for the claim and attribute names it sends by default: Entra ID's
 * SAML claims are URIs, Okta's and Google's are names an admin chooses, and OpenID Connect has the
 * standard claims everywhere.
 */
public enum Vendor {
    ENTRA_ID, OKTA, GOOGLE, OTHER;

    private static final String ENTRA_CLAIMS = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/";

    public ClaimMapping defaults(Protocol protocol) {
        if (protocol == Protocol.OIDC) {
            return new ClaimMapping("email", "given_name", "family_name", null, this == GOOGLE ? null : "groups");
        }
        return switch (this) {
            case ENTRA_ID -> new ClaimMapping(ENTRA_CLAIMS + "emailaddress", ENTRA_CLAIMS + "givenname", ENTRA_CLAIMS + "surname",
                    null, "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups");
            case OKTA -> new ClaimMapping("email", "firstName", "lastName", null, "groups");
            case GOOGLE, OTHER -> new ClaimMapping("email", "firstName", "lastName", null, null);
        };
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Vendor> parse(String wire) {
        for (Vendor v : values()) {
            if (v.wire().equals(wire)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
