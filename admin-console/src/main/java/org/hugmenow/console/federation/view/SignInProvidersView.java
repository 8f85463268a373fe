package org.hugmenow.console.federation.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hugmenow.console.federation.application.ProviderDraft;
import org.hugmenow.console.federation.application.SignInEnforcement;
import org.hugmenow.console.federation.application.SignInProviders;
import org.hugmenow.console.federation.domain.CertificateFacts;
import org.hugmenow.console.federation.domain.ConnectedProvider;
import org.hugmenow.console.federation.domain.Enforcement;
import org.hugmenow.console.federation.domain.ProviderCheck;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;

/**
 * IT admins' enterprise sign-in page: the connected company providers with their certificates and
 * warnings, the form that tests and connects a new one, and enforcement with break-glass admins.
 * Every action checks the role again; the services check the plan.
 */
@Named("signInProviders")
@ViewScoped
public class SignInProvidersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject SignInProviders providers;
    @Inject SignInEnforcement enforcement;
    @Inject SignedInUser user;

    private String protocol = "oidc";
    private String displayName;
    private String vendor = "other";
    private String policy = "directory";
    private String discoveryUrl;
    private String clientId;
    private String clientSecret;
    private String metadataUrl;
    private String metadataXml;
    private String domains;
    private String breakGlass;
    private transient ProviderCheck tested;

    /** A provider as a row of the page shows it. */
    public record Row(String alias, String displayName, String protocol, String policy, boolean enabled, String domains,
                      String redirectUri, List<CertificateFacts> certificates, boolean expiring, String checkError, Instant checkedAt) {
    }

    private void require() {
        user.require(Roles.IT_ADMIN);
    }

    public List<Row> getRows() {
        require();
        Instant now = Instant.now();
        return providers.list(user.tenant()).stream().map(p -> row(p, now)).toList();
    }

    private Row row(ConnectedProvider p, Instant now) {
        return new Row(p.alias(), p.displayName(), p.protocol().name(), p.policy().wire(), p.enabled(),
                String.join(", ", providers.domainsOf(user.tenant(), p.alias())), providers.addresses(user.tenant(), p.alias()).redirectUri(),
                p.check().certificates(), p.check().expiresSoon(now), p.checkError(), p.checkedAt());
    }

    public boolean expired(CertificateFacts certificate) {
        return certificate.expiredAt(Instant.now());
    }

    public long daysLeft(CertificateFacts certificate) {
        return certificate.daysLeftAt(Instant.now());
    }

    public void test() {
        require();
        try {
            tested = providers.test(draft());
            Messages.info("signInProviders.testPassed", tested.issuer());
        } catch (Refusal refusal) {
            tested = null;
            Messages.refused(refusal);
        }
    }

    public void connect() {
        require();
        try {
            ConnectedProvider connected = providers.connect(user.tenant(), draft(), user.getUsername());
            Messages.info("signInProviders.connected", connected.displayName());
            reset();
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public void retest(String alias) {
        require();
        try {
            providers.retest(user.tenant(), alias, user.getUsername());
            Messages.info("signInProviders.retested", alias);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public void setEnabled(String alias, boolean on) {
        require();
        try {
            providers.change(user.tenant(), alias, new ProviderDraft(null, null, null, null, null, on, null, null, null, null, null,
                    null, null), user.getUsername());
            Messages.info(on ? "signInProviders.enabledNow" : "signInProviders.disabledNow", alias);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public void disconnect(String alias) {
        require();
        try {
            providers.disconnect(user.tenant(), alias, user.getUsername());
            Messages.info("signInProviders.removed", alias);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    /** Sends the service provider metadata as a download; the customer's IT imports it. */
    public void downloadMetadata(String alias) throws IOException {
        require();
        try {
            String xml = providers.serviceProviderMetadata(user.tenant(), alias)
                    .orElseThrow(() -> Refusal.notFound("No service provider metadata for " + alias + "."));
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType("application/samlmetadata+xml");
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + alias + "-sp-metadata.xml\"");
            external.getResponseOutputStream().write(xml.getBytes(StandardCharsets.UTF_8));
            faces.responseComplete();
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public Enforcement getEnforcement() {
        require();
        return enforcement.current(user.tenant());
    }

    public void enforce(boolean on) {
        require();
        try {
            List<String> admins = breakGlass == null || breakGlass.isBlank() ? (on ? List.of() : null) : split(breakGlass);
            enforcement.set(user.tenant(), on, admins, user.getUsername());
            Messages.info(on ? "signInProviders.enforced" : "signInProviders.notEnforced");
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    private ProviderDraft draft() {
        boolean oidc = "oidc".equals(protocol);
        return new ProviderDraft(displayName, null, protocol, vendor, policy, true, oidc ? blank(discoveryUrl) : null,
                oidc ? blank(clientId) : null, oidc ? blank(clientSecret) : null, oidc ? null : blank(metadataUrl),
                oidc || blank(metadataUrl) != null ? null : blank(metadataXml), null,
                domains == null || domains.isBlank() ? List.of() : split(domains));
    }

    private static List<String> split(String typed) {
        return Arrays.stream(typed.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void reset() {
        displayName = null;
        discoveryUrl = null;
        clientId = null;
        clientSecret = null;
        metadataUrl = null;
        metadataXml = null;
        domains = null;
        tested = null;
    }

    public boolean isOidc() { return "oidc".equals(protocol); }
    public ProviderCheck getTested() { return tested; }
    public String getProtocol() { return protocol; }
    public void setProtocol(String protocol) { this.protocol = protocol; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getVendor() { return vendor; }
    public void setVendor(String vendor) { this.vendor = vendor; }
    public String getPolicy() { return policy; }
    public void setPolicy(String policy) { this.policy = policy; }
    public String getDiscoveryUrl() { return discoveryUrl; }
    public void setDiscoveryUrl(String discoveryUrl) { this.discoveryUrl = discoveryUrl; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    /** Write-only from the page: the form never renders it back. */
    public String getClientSecret() { return null; }
    public void setClientSecret(String clientSecret) { this.clientSecret = clientSecret; }
    public String getMetadataUrl() { return metadataUrl; }
    public void setMetadataUrl(String metadataUrl) { this.metadataUrl = metadataUrl; }
    public String getMetadataXml() { return metadataXml; }
    public void setMetadataXml(String metadataXml) { this.metadataXml = metadataXml; }
    public String getDomains() { return domains; }
    public void setDomains(String domains) { this.domains = domains; }
    /** The current break-glass admins until the admin types others. */
    public String getBreakGlass() { return breakGlass != null ? breakGlass : String.join(", ", getEnforcement().breakGlassAdmins()); }
    public void setBreakGlass(String breakGlass) { this.breakGlass = breakGlass; }
}
