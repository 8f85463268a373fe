package org.hugmenow.console.health.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.health.ReadinessChecks;
import org.hugmenow.platform.security.Roles;

/**
 * Platform operators' health overview: the readiness checks with their details (failed tenant
 * migrations, parked outbox events per tenant, Keycloak's answer), the same as
 * {@code GET /api/v1/platform/readiness}. Load balancers keep using the bare {@code /health/ready}.
 */
@Named("health")
@RequestScoped
public class HealthView {

    @Inject ReadinessChecks checks;
    @Inject SignedInUser user;

    private List<Check> answered;

    /** One check: its name, whether it is up, and its details by name. */
    public record Check(String name, boolean up, Map<String, String> details) {
        public List<Map.Entry<String, String>> detailList() {
            return List.copyOf(details.entrySet());
        }
    }

    public List<Check> getChecks() {
        user.require(Roles.PLATFORM_OPERATOR);
        if (answered == null) {
            answered = checks.detailed().stream().map(HealthView::check).toList();
        }
        return answered;
    }

    public boolean isAllUp() {
        return getChecks().stream().allMatch(Check::up);
    }

    private static Check check(HealthCheckResponse response) {
        Map<String, String> details = new TreeMap<>();
        response.getData().ifPresent(data -> data.forEach((key, value) -> details.put(key, String.valueOf(value))));
        return new Check(response.getName(), response.getStatus() == HealthCheckResponse.Status.UP, details);
    }
}
