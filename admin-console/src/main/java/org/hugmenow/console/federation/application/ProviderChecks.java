package org.hugmenow.console.federation.application;

import org.hugmenow.console.federation.domain.ProviderCheck;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.tenant.identity.IdentityBrokering.Protocol;

/** Tests a provider from wherever its metadata comes from: a discovery URL, a metadata URL or uploaded XML. */
public final class ProviderChecks {

    private ProviderChecks() {
    }

    public static ProviderCheck check(Protocol protocol, String sourceUrl, String metadataXml) {
        if (protocol == Protocol.OIDC) {
            if (sourceUrl == null) {
                throw Refusal.invalid("discoveryUrl", "is required for OpenID Connect");
            }
            return OidcDiscoveryCheck.check(sourceUrl);
        }
        if ((sourceUrl == null) == (metadataXml == null)) {
            throw Refusal.invalid("metadataUrl", "give either metadataUrl or metadataXml for SAML");
        }
        return sourceUrl != null ? SamlMetadataCheck.fromUrl(sourceUrl) : SamlMetadataCheck.check(metadataXml);
    }
}
