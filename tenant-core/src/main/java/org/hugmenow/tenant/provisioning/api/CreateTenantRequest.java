package org.hugmenow.tenant.provisioning.api;

import java.util.Set;
import java.util.regex.Pattern;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.tenant.provisioning.application.NewTenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;

public record CreateTenantRequest(String slug, String name, String plan, FirstAdminRequest firstAdmin) {

    static final Set<String> PLANS = Set.of("free", "standard", "premium");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");

    public record FirstAdminRequest(String username, String email, String firstName, String lastName) {
    }

    NewTenant validated() {
        Validation v = new Validation();
        TenantSlug.problemWith(slug).ifPresent(problem -> v.add("slug", problem));
        v.requireText(name, "name", 120);
        String chosenPlan = plan == null ? "standard" : plan;
        v.require(PLANS.contains(chosenPlan), "plan", "must be one of " + PLANS);
        if (firstAdmin == null) {
            v.add("firstAdmin", "is required");
            v.throwIfInvalid();
            throw ProblemException.badRequest("firstAdmin is required");
        }
        v.require(firstAdmin.email() != null && EMAIL.matcher(firstAdmin.email()).matches(), "firstAdmin.email",
                "must be an e-mail address");
        v.require(firstAdmin.username() != null && USERNAME.matcher(firstAdmin.username()).matches(), "firstAdmin.username",
                "must be 2 to 64 characters of lowercase letters, digits, '.', '_' or '-'");
        v.requireText(firstAdmin.firstName(), "firstAdmin.firstName", 100);
        v.requireText(firstAdmin.lastName(), "firstAdmin.lastName", 100);
        v.throwIfInvalid();
        return new NewTenant(slug, name.strip(), chosenPlan, new TenantRepository.FirstAdmin(
                firstAdmin.username(), firstAdmin.email(), firstAdmin.firstName().strip(), firstAdmin.lastName().strip()));
    }
}
