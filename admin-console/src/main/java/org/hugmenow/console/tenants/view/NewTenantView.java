package org.hugmenow.console.tenants.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.tenant.provisioning.application.NewTenant;
import org.hugmenow.tenant.provisioning.application.ProvisioningService;

/**
 * Creating a tenant: the same validation and provisioning as {@code POST /api/v1/platform/tenants}.
 * The first admin's set-password link is shown once, until the operator confirms they passed it on.
 */
@Named("newTenant")
@ViewScoped
public class NewTenantView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject ProvisioningService provisioning;
    @Inject SignedInUser user;

    private String slug;
    private String name;
    private String plan = "standard";
    private String adminUsername;
    private String adminEmail;
    private String adminFirstName;
    private String adminLastName;
    private String activationLink;
    private String createdSlug;

    public void create() {
        user.require(Roles.PLATFORM_OPERATOR);
        try {
            NewTenant request = NewTenant.validated(trim(slug), name, plan,
                    new TenantRepository.FirstAdmin(trim(adminUsername), trim(adminEmail), adminFirstName, adminLastName));
            ProvisioningService.Created created = provisioning.create(request, "operator:" + user.getUsername());
            activationLink = created.setPasswordUrl();
            createdSlug = created.tenant().slug().value();
            slug = name = adminUsername = adminEmail = adminFirstName = adminLastName = null;
            Messages.info("tenants.created", createdSlug);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public void forgetLink() {
        activationLink = null;
        createdSlug = null;
    }

    public List<String> getPlans() {
        return NewTenant.PLANS.stream().sorted().toList();
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    public String getActivationLink() { return activationLink; }
    public String getCreatedSlug() { return createdSlug; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPlan() { return plan; }
    public void setPlan(String plan) { this.plan = plan; }
    public String getAdminUsername() { return adminUsername; }
    public void setAdminUsername(String adminUsername) { this.adminUsername = adminUsername; }
    public String getAdminEmail() { return adminEmail; }
    public void setAdminEmail(String adminEmail) { this.adminEmail = adminEmail; }
    public String getAdminFirstName() { return adminFirstName; }
    public void setAdminFirstName(String adminFirstName) { this.adminFirstName = adminFirstName; }
    public String getAdminLastName() { return adminLastName; }
    public void setAdminLastName(String adminLastName) { this.adminLastName = adminLastName; }
}
