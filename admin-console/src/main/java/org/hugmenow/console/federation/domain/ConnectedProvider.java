package org.hugmenow.console.federation.domain;

import java.time.Instant;
import java.util.UUID;
import org.hugmenow.tenant.identity.IdentityBrokering.Protocol;

/**
 * A company identity provider a tenant connected, as stored: where its metadata comes from (a URL,
 * or the XML an admin uploaded), the OIDC client (secret sealed), the claim mapping, and what the
 * last check found. {@code checkError} is the last scheduled refresh's failure, null once one succeeds.
 */
public record ConnectedProvider(UUID id, String alias, String displayName, Protocol protocol, Vendor vendor, SignInPolicy policy,
                                boolean enabled, String sourceUrl, String metadataXml, String clientId, byte[] sealedSecret,
                                ClaimMapping mapping, ProviderCheck check, Instant checkedAt, String checkError,
                                String createdBy, Instant createdAt, Instant updatedAt) {

    public ConnectedProvider withCheck(ProviderCheck fresh, Instant at) {
        return new ConnectedProvider(id, alias, displayName, protocol, vendor, policy, enabled, sourceUrl, metadataXml, clientId,
                sealedSecret, mapping, fresh, at, null, createdBy, createdAt, at);
    }
}
