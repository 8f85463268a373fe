package org.hugmenow.console.signin.application;

/** Where a person signs in: an issuer from the tenant registry (with its tenant's slug), or the platform realm (slug ""). */
public record SignInTarget(String issuer, String tenantSlug) {

    public boolean isPlatform() {
        return tenantSlug.isEmpty();
    }
}
