package org.hugmenow.tenant.provisioning.application;

import org.hugmenow.tenant.entitlement.application.PlanChanges;
import org.hugmenow.tenant.entitlement.domain.Plan;
import org.hugmenow.tenant.entitlement.domain.PlanStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.platform.tenancy.TenantJournal;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.bootstrap.UnfinishedWork;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.db.TenantAvailability;
import org.hugmenow.platform.db.TenantSchemas;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.tenant.identity.RealmAdministration;
import org.hugmenow.realm.RealmTemplate;
import org.hugmenow.platform.tenancy.IdentityHome;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.platform.tenancy.TenantStatus;

/**
 * Creates tenants: schema and migrations, realm from the template, first HR admin, then
 * activation. Each finished step is recorded, so a run cut short by a crash or a Keycloak
 * outage is resumed by the next run and the tenant never serves before the last step.
 */
@ApplicationScoped
public class ProvisioningService implements UnfinishedWork {

    static final Duration ACTIVATION_VALIDITY = Duration.ofDays(7);
    private static final ContextLogger LOG = ContextLogger.of(ProvisioningService.class);

    @Inject TenantCoreConfig config;
    @Inject PlanChanges planChanges;
    @Inject TenantRepository tenants;
    @Inject TenantJournal journal;
    @Inject TenantSchemas schemas;
    @Inject RealmAdministration realms;
    @Inject TenantAvailability availability;
    @Inject RealmClientPolicy realmClients;

    @Inject BackgroundWork background;

    public record Created(Tenant tenant, String adminUsername, String setPasswordUrl, Instant linkExpiresAt) {
    }

    public Created create(NewTenant request, String actor) {
        TenantSlug slug = new TenantSlug(request.slug());
        if (slug.value().equals(config.platformRealm()) || slug.value().equals(config.keycloakAdminRealm())) {
            throw Refusal.invalid("slug", "slug '" + slug + "' is reserved");
        }
        Tenant tenant = new Tenant(UUID.randomUUID(), slug, request.name(), TenantStatus.PROVISIONING, request.plan(),
                new IdentityHome(config.keycloakUrl(), slug.value()), Instant.now(), null);
        String token = ActivationTokens.newToken();
        if (!tenants.insert(tenant, request.firstAdmin(), ActivationTokens.hash(token), Instant.now().plus(ACTIVATION_VALIDITY),
                actor)) {
            throw Refusal.conflict("A tenant with slug '" + slug + "' already exists.");
        }
        journal.audit(tenant, "tenant.create", actor, "plan=" + request.plan()
                + (request.trialDays() > 0 ? " trial=" + request.trialDays() + "d" : ""));
        if (request.trialDays() > 0) {
            planChanges.record(slug, new PlanStanding(Plan.PREMIUM, PlanStanding.Status.TRIALING,
                    Instant.now().plus(java.time.Duration.ofDays(request.trialDays())), null));
        }
        runInBackground(slug);
        return new Created(tenant, request.firstAdmin().username(),
                config.appUrl() + "/api/v1/activation?token=" + token, Instant.now().plus(ACTIVATION_VALIDITY));
    }

    /**
     * A fresh one-time link for the first admin, while they have not activated; earlier unused
     * links stay valid until they expire or the admin activates. Once the admin has activated,
     * a link would let the operator reset their password, so none is issued: recovery goes
     * through Keycloak's reset-credentials flow by email.
     */
    public Created reissueActivation(Tenant tenant, String actor) {
        String username = journal.firstAdmin(tenant.id()).username();
        String token = journal.issueActivation(tenant.id(), username, ACTIVATION_VALIDITY, actor)
                .orElseThrow(() -> Refusal.conflict("The first admin of tenant '" + tenant.slug()
                        + "' has activated their account; no new set-password link can be issued. They can reset a"
                        + " forgotten password through 'Forgot password?' on their organization's sign-in page."));
        journal.audit(tenant, "first-admin.link-reissued", actor, null);
        return new Created(tenant, username, config.appUrl() + "/api/v1/activation?token=" + token,
                Instant.now().plus(ACTIVATION_VALIDITY));
    }

    /** Resumes an unfinished provisioning; does nothing for a tenant that is already past it. */
    public void resume(TenantSlug slug) {
        runInBackground(slug);
    }

    public Set<String> completedSteps(Tenant tenant) {
        return journal.completedSteps(tenant.id());
    }

    private void runInBackground(TenantSlug slug) {
        background.submit(() -> runSteps(slug));
    }

    /** Runs the remaining steps of every tenant still provisioning. */
    @Override
    public void resumeUnfinished() {
        for (Tenant tenant : tenants.findByStatus(TenantStatus.PROVISIONING)) {
            runSteps(tenant.slug());
        }
    }

    /** Runs the remaining steps now; returns whether the tenant is active afterwards. */
    public boolean runSteps(TenantSlug slug) {
        Optional<AutoCloseable> lock = schemas.tryLock(slug);
        if (lock.isEmpty()) {
            return false;
        }
        try (AutoCloseable held = lock.get()) {
            Tenant tenant = tenants.findBySlug(slug).orElseThrow();
            if (tenant.status() != TenantStatus.PROVISIONING) {
                return tenant.serves();
            }
            Set<String> done = journal.completedSteps(tenant.id());
            for (ProvisioningStep step : ProvisioningStep.values()) {
                if (!done.contains(step.key())) {
                    run(step, tenant);
                    journal.completeStep(tenant.id(), step.key());
                    journal.audit(tenant, step.key(), "system", null);
                }
            }
            return true;
        } catch (Exception e) {
            LOG.warn("provisioning of tenant " + slug + " stopped; it stays in provisioning until a retry", e);
            tenants.recordError(slug, "provisioning stopped: " + safeReason(e));
            return false;
        }
    }

    private void run(ProvisioningStep step, Tenant tenant) {
        IdentityHome home = tenant.identityHome();
        switch (step) {
            case SCHEMA -> schemas.migrate(tenant.slug());
            case REALM -> {
                realms.createRealm(home.keycloakUrl(), tenant.id().toString(), RealmTemplate.render(RealmTemplate.TENANT,
                        Map.of("REALM", home.realm(), "DISPLAY_NAME", tenant.name(), "APP_URL", config.appUrl())));
                // The template declares admin-cli without the password grant; this also covers
                // whatever clients a Keycloak version adds by itself.
                realmClients.apply(tenant);
            }
            case FIRST_ADMIN -> {
                TenantRepository.FirstAdmin admin = journal.firstAdmin(tenant.id());
                String userId = realms.ensureUser(home.keycloakUrl(), home.realm(), new RealmAdministration.NewUser(
                        admin.username(), admin.email(), admin.firstName(), admin.lastName()));
                realms.grantRealmRoles(home.keycloakUrl(), home.realm(), userId, List.of(Roles.HR_ADMIN, Roles.EMPLOYEE));
            }
            case ACTIVATE -> {
                if (!tenants.transition(tenant, tenant.withStatus(TenantStatus.ACTIVE))) {
                    throw new IllegalStateException("tenant " + tenant.slug() + " changed status during provisioning");
                }
                availability.markAvailable(tenant.slug());
            }
        }
    }


    static String safeReason(Exception e) {
        String type = e.getClass().getSimpleName();
        return switch (type) {
            case "IdentityProviderUnavailable", "CircuitBreakerOpenException", "TimeoutException" -> "identity provider unavailable";
            case "SqlFailure", "FlywayException", "FlywayMigrateException" -> "database step failed";
            default -> "unexpected failure (" + type + ")";
        };
    }
}
