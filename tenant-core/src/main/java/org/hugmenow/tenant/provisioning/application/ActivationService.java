package org.hugmenow.tenant.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.hugmenow.platform.tenancy.TenantJournal;
import org.hugmenow.tenant.identity.RealmAdministration;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantStatus;

/** Redeems a one-time link: sets the first admin's password in the tenant's realm. */
@ApplicationScoped
public class ActivationService {

    static final int MIN_PASSWORD = 12;

    @Inject TenantJournal journal;
    @Inject TenantRepository tenants;
    @Inject RealmAdministration realms;

    public record Result(int status, String message) {
    }

    public Result activate(String token, String password, String confirm) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return new Result(400, "Choose a password of at least " + MIN_PASSWORD + " characters.");
        }
        if (!password.equals(confirm)) {
            return new Result(400, "The two passwords differ.");
        }
        Optional<TenantJournal.Activation> activation = token == null ? Optional.empty() : journal.consumeActivation(token);
        if (activation.isEmpty()) {
            return new Result(410, "This link has been used, has expired or is unknown, or your account is already activated."
                    + " Use 'Forgot password?' on your sign-in page, or ask your HugMeNow contact for a new link.");
        }
        Tenant tenant = tenants.findById(activation.get().tenantId()).orElse(null);
        if (tenant == null || tenant.status() != TenantStatus.ACTIVE) {
            journal.releaseActivation(token);
            return new Result(503, "Your organization is still being set up. Try the same link again in a minute.");
        }
        try {
            String home = tenant.identityHome().keycloakUrl();
            String userId = realms.findUserId(home, tenant.identityHome().realm(), activation.get().username()).orElseThrow();
            realms.setPassword(home, tenant.identityHome().realm(), userId, password, false);
            // The link's holder is unknown; its issuer is who is accountable for the password set.
            String issuer = activation.get().issuedBy() == null ? "unrecorded link issuer" : activation.get().issuedBy();
            journal.audit(tenant, "first-admin.activated", issuer, "password of '" + activation.get().username()
                    + "' set through a one-time link issued by " + issuer);
            return new Result(200, "You can now sign in to HugMeNow as '" + activation.get().username() + "'.");
        } catch (IllegalArgumentException e) {
            journal.releaseActivation(token);
            return new Result(400, "That password does not meet your organization's password policy.");
        } catch (RuntimeException e) {
            // Keycloak down, user missing, or anything else: the link must keep working.
            journal.releaseActivation(token);
            return new Result(503, "Sign-in is temporarily unavailable. Try the same link again shortly.");
        }
    }
}
