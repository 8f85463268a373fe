package org.hugmenow.console.federation.application;

import org.hugmenow.console.federation.domain.ProviderCheck;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.tenant.identity.IdentityBrokering.Protocol;

/** Tests a provider from wherever its metadata comes from: a discovery URL, a metadata URL or uploaded XML. */
public final class ProviderChecks {

    private ProviderChecks() {
    }

    /** {@code allowPrivate}: whether URLs may point into private networks (local runs and tests). */
    public static ProviderCheck check(Protocol protocol, String sourceUrl, String metadataXml, boolean allowPrivate) {
        if (protocol == Protocol.OIDC) {
            if (sourceUrl == null) {
                throw Refusal.invalid("discoveryUrl", "is required for OpenID Connect");
            }
            return OidcDiscoveryCheck.check(sourceUrl, allowPrivate);
        }
        if ((sourceUrl == null) == (metadataXml == null)) {
            throw Refusal.invalid("metadataUrl", "give either metadataUrl or metadataXml for SAML");
        }
        return sourceUrl != null ? SamlMetadataCheck.fromUrl(sourceUrl, allowPrivate) : SamlMetadataCheck.check(metadataXml);
    }
}
