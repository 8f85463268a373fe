package org.hugmenow.console.signinsettings.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.HomeRealmDiscovery;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;

/**
 * IT admins' sign-in settings: the e-mail domains whose people the console's front door sends to
 * this organization's sign-in page, and the organization's own console address.
 */
@Named("signInSettings")
@RequestScoped
public class SignInSettingsView {

    @Inject HomeRealmDiscovery discovery;
    @Inject SignedInUser user;

    private String domain;

    public List<String> getDomains() {
        user.require(Roles.IT_ADMIN);
        return discovery.domainsOf(user.tenant());
    }

    public void add() {
        user.require(Roles.IT_ADMIN);
        try {
            discovery.add(user.tenant(), domain, user.getUsername());
            Messages.info("signInSettings.added", domain.strip().toLowerCase(java.util.Locale.ROOT));
            domain = null;
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public void remove(String existing) {
        user.require(Roles.IT_ADMIN);
        try {
            discovery.remove(user.tenant(), existing, user.getUsername());
            Messages.info("signInSettings.removed", existing);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public String getSlug() {
        user.require(Roles.IT_ADMIN);
        return user.slug().value();
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }
}
