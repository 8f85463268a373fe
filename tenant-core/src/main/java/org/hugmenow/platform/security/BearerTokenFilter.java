package org.hugmenow.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.hugmenow.platform.web.ProblemException;

/** Hands the caller verified by {@link BearerAuthenticationMechanism} to JAX-RS code. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    @Inject
    CallerContext callerContext;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Object caller = servletRequest.getAttribute(BearerAuthenticationMechanism.CALLER_ATTRIBUTE);
        if (caller instanceof Caller verified) {
            callerContext.set(verified);
        }
    }

    static ProblemException refusal(int status, String detail) {
        String name = status == 401 ? "unauthorized" : "forbidden";
        String title = status == 401 ? "Unauthorized" : "Forbidden";
        return new ProblemException(status, name, title, detail, List.of(), Map.of());
    }
}
