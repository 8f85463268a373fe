package org.hugmenow.console.federation.api;

import java.util.List;
import org.hugmenow.console.federation.application.ProviderDraft;
import org.hugmenow.console.federation.domain.ClaimMapping;
import org.hugmenow.platform.web.DocumentText;
import org.hugmenow.platform.web.VerbatimText;

/** The body that connects, changes or tests a provider; see {@link ProviderDraft}. Metadata XML may be up to 1 MiB. */
public record ProviderRequest(String displayName, String alias, String protocol, String vendor, String policy, Boolean enabled,
                              String discoveryUrl, String clientId, @VerbatimText String clientSecret, String metadataUrl,
                              @DocumentText String metadataXml, ClaimMapping mapping, List<String> domains) {

    ProviderDraft draft() {
        return new ProviderDraft(displayName, alias, protocol, vendor, policy, enabled, discoveryUrl, clientId, clientSecret,
                metadataUrl, metadataXml, mapping, domains);
    }
}
