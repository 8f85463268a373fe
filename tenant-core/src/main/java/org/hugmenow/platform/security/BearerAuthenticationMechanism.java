package org.hugmenow.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hugmenow.platform.db.TenantAvailability;
import org.hugmenow.platform.logging.LogContext;
import org.hugmenow.platform.security.internal.AuthenticationFailure;
import org.hugmenow.platform.security.internal.TokenVerifier;
import org.hugmenow.platform.web.ProblemWriter;
import org.hugmenow.platform.web.RequestIds;
import org.hugmenow.platform.web.RequestLimits;
import org.hugmenow.platform.web.SecurityHeaders;

/**
 * Jakarta Security mechanism for bearer tokens from any tenant realm. The container learns the
 * caller and the caller's roles, so {@code @RolesAllowed} works everywhere; refusals are
 * written as problem documents here, because the container's own would lose the reason.
 */
@ApplicationScoped
public class BearerAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CALLER_ATTRIBUTE = Caller.class.getName();
    private static final org.hugmenow.platform.logging.ContextLogger LOG =
            org.hugmenow.platform.logging.ContextLogger.of(BearerAuthenticationMechanism.class);
    private static final String PREFIX = "Bearer ";

    @Inject
    TokenVerifier verifier;

    @Inject
    TenantAvailability availability;

    @Inject
    org.hugmenow.platform.config.TenantCoreConfig config;

    @Inject
    jakarta.enterprise.inject.Instance<CredentialVerifier> credentialVerifiers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        RequestIds.bind(request, response);
        SecurityHeaders.apply(request, response);
        // Checked here too: this runs before any filter, and an oversize token is a 431, not a 401.
        var refusal = new RequestLimits(config.maxQueryChars(), config.maxHeaderChars()).check(request);
        if (refusal.isPresent()) {
            try {
                ProblemWriter.refuse(request, response, refusal.get());
                response.flushBuffer();
            } catch (IOException e) {
                // the client went away
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.isProtected() || context.isAuthenticationRequest() ? refuse(response, request, 401, "A valid bearer token is required.") : context.doNothing();
        }
        CredentialVerifier claimant = claimant(request, header);
        if (claimant == null && (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || header.length() == PREFIX.length())) {
            return refuse(response, request, 401, "Use an Authorization header of the form 'Bearer <access token>'.");
        }
        try {
            Caller caller = claimant == null ? verifier.verify(header.substring(PREFIX.length()).trim())
                    : claimant.verify(header).orElseThrow(() -> new AuthenticationFailure(401, "The credential is unknown or revoked."));
            if (caller.tenant().isPresent()) {
                var slug = caller.tenant().get().slug();
                LogContext.tenant(slug.value());
                if (!availability.isAvailable(slug)) {
                    response.setHeader("Retry-After", "30");
                    return refuse(response, request, 503, "Tenant '" + slug + "' is temporarily unavailable.");
                }
            }
            request.setAttribute(CALLER_ATTRIBUTE, caller);
            return context.notifyContainerAboutLogin(new CallerPrincipal(caller.userId()), Roles.containerGroups(caller.roles()));
        } catch (AuthenticationFailure e) {
            if (e.status() == 503) {
                response.setHeader("Retry-After", "5");
            }
            return refuse(response, request, e.status(), e.getMessage());
        } catch (org.hugmenow.platform.db.SqlFailure e) {
            response.setHeader("Retry-After", "5");
            return refuse(response, request, 503, "The tenant registry is unavailable; try again shortly.");
        } catch (RuntimeException e) {
            LOG.error("token verification failed unexpectedly", e);
            return refuse(response, request, 500, ProblemWriter.detailFor(500));
        }
    }

    private CredentialVerifier claimant(HttpServletRequest request, String header) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (CredentialVerifier candidate : credentialVerifiers) {
            if (candidate.claims(path, header)) {
                return candidate;
            }
        }
        return null;
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpServletRequest request, int status, String detail) {
        try {
            ProblemWriter.write(request, response, status, detail, request.getRequestURI());
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
