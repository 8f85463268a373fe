package org.hugmenow.console.federation.application;

import java.util.List;
import org.hugmenow.console.federation.domain.ClaimMapping;

/**
 * What an IT admin sends to connect or change a provider; every field may be null (on a change:
 * keep). {@code protocol}, {@code vendor} and {@code policy} are wire names ("oidc", "entra-id",
 * "just-in-time"). A client secret is write-only.
 */
public record ProviderDraft(String displayName, String alias, String protocol, String vendor, String policy, Boolean enabled,
                            String discoveryUrl, String clientId, String clientSecret, String metadataUrl, String metadataXml,
                            ClaimMapping mapping, List<String> domains) {
}
