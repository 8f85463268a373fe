package org.hugmenow.tenant.provisioning.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.refusal.Refusal.FieldError;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;

/** A validated request for a new tenant; {@link #validated} is the one rule the API and the console share. */
public record NewTenant(String slug, String name, String plan, TenantRepository.FirstAdmin firstAdmin, int trialDays) {

    public static final int LONGEST_TRIAL_DAYS = 90;

    public static final Set<String> PLANS = Set.of("free", "standard", "premium");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");

    /** Every field problem at once (field names as in the API's body), or the new tenant; a null plan is "standard". */
    public static NewTenant validated(String slug, String name, String plan, TenantRepository.FirstAdmin admin) {
        return validated(slug, name, plan, admin, null);
    }

    /** As above, with an optional premium trial of {@code trialDays} (1 to 90). */
    public static NewTenant validated(String slug, String name, String plan, TenantRepository.FirstAdmin admin, Integer trialDays) {
        List<FieldError> errors = new ArrayList<>();
        if (trialDays != null && (trialDays < 1 || trialDays > LONGEST_TRIAL_DAYS)) {
            errors.add(new FieldError("trialDays", "must be 1 to " + LONGEST_TRIAL_DAYS));
        }
        TenantSlug.problemWith(slug).ifPresent(problem -> errors.add(new FieldError("slug", problem)));
        requireText(errors, name, "name", 120);
        String chosenPlan = plan == null ? "standard" : plan;
        if (!PLANS.contains(chosenPlan)) {
            errors.add(new FieldError("plan", "must be one of " + PLANS));
        }
        if (admin == null) {
            errors.add(new FieldError("firstAdmin", "is required"));
            throw Refusal.invalid(errors);
        }
        if (admin.email() == null || !EMAIL.matcher(admin.email()).matches()) {
            errors.add(new FieldError("firstAdmin.email", "must be an e-mail address"));
        }
        if (admin.username() == null || !USERNAME.matcher(admin.username()).matches()) {
            errors.add(new FieldError("firstAdmin.username", "must be 2 to 64 characters of lowercase letters, digits, '.', '_' or '-'"));
        }
        requireText(errors, admin.firstName(), "firstAdmin.firstName", 100);
        requireText(errors, admin.lastName(), "firstAdmin.lastName", 100);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        boolean trial = trialDays != null;
        return new NewTenant(slug, name.strip(), trial ? "premium" : chosenPlan, new TenantRepository.FirstAdmin(
                admin.username(), admin.email(), admin.firstName().strip(), admin.lastName().strip()), trial ? trialDays : 0);
    }

    private static void requireText(List<FieldError> errors, String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
    }
}
