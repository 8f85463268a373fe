package org.hugmenow.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.hugmenow.platform.db.TenantAvailability;
import org.hugmenow.platform.logging.LogContext;
import org.hugmenow.platform.security.internal.AuthenticationFailure;
import org.hugmenow.platform.security.internal.TokenVerifier;
import org.hugmenow.platform.web.ProblemException;

/**
 * Authenticates bearer tokens. A request without an Authorization header stays anonymous and
 * is refused later by {@link RolesAllowedFeature} unless its resource is public.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String PREFIX = "Bearer ";

    @Inject
    TokenVerifier verifier;

    @Inject
    CallerContext callerContext;

    @Inject
    TenantAvailability availability;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || header.length() == PREFIX.length()) {
            throw refusal(401, "Use an Authorization header of the form 'Bearer <access token>'.");
        }
        Caller caller;
        try {
            caller = verifier.verify(header.substring(PREFIX.length()).trim());
        } catch (AuthenticationFailure e) {
            throw refusal(e.status(), e.getMessage());
        }
        caller.tenant().ifPresent(tenant -> {
            LogContext.tenant(tenant.slug().value());
            if (!availability.isAvailable(tenant.slug())) {
                throw ProblemException.unavailable("Tenant '" + tenant.slug() + "' is temporarily unavailable.", 30);
            }
        });
        callerContext.set(caller);
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerSecurityContext(caller, secure));
    }

    static ProblemException refusal(int status, String detail) {
        String name = switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            default -> "unavailable";
        };
        String title = switch (status) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            default -> "Service Unavailable";
        };
        Map<String, String> headers = status == 503 ? Map.of("Retry-After", "5") : Map.of();
        return new ProblemException(status, name, title, detail, List.of(), headers);
    }

    private record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller::userId;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
