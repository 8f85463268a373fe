package org.hugmenow.platform.tenancy;

/**
 * Where a tenant's people sign in: the token issuer and the realm on the Keycloak server
 * that hosts it. The issuer, not the realm name, is what maps a token to a tenant.
 */
public record IdentityHome(String keycloakUrl, String realm) {

    public String issuer() {
        return stripSlash(keycloakUrl) + "/realms/" + realm;
    }

    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
