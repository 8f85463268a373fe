package org.hugmenow.platform.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.tenancy.Tenant;

/** The verified caller of the current request, set once by the bearer-token filter. */
@RequestScoped
public class CallerContext {

    private Caller caller;

    void set(Caller verified) {
        if (caller != null) {
            throw new IllegalStateException("caller already set for this request");
        }
        caller = verified;
    }

    public Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    public Caller require() {
        return caller().orElseThrow(() -> new ProblemException(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required.", java.util.List.of(), java.util.Map.of()));
    }

    /** The verified caller's person id (their user id in the tenant's realm); 401 without a caller. */
    public String personId() {
        return require().userId();
    }

    /** The verified caller's username, as audit records name who did something; 401 without a caller. */
    public String username() {
        return require().username();
    }

    /** The tenant of the caller; a request without one reaches no tenant data. */
    public Tenant tenant() {
        return require().tenant().orElseThrow(() -> new ProblemException(403, "forbidden", "Forbidden",
                "This resource belongs to a tenant; platform tokens cannot reach tenant data.",
                java.util.List.of(), java.util.Map.of()));
    }
}
