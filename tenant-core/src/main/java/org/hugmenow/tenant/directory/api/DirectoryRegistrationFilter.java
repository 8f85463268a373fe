package org.hugmenow.tenant.directory.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.tenant.directory.application.DirectoryRegistration;

/** Every verified person calling is a person in their tenant's directory; machine clients are not. */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class DirectoryRegistrationFilter implements ContainerRequestFilter {

    @Inject CallerContext callerContext;
    @Inject DirectoryRegistration registration;

    @Override
    public void filter(ContainerRequestContext request) {
        callerContext.caller()
                .filter(caller -> caller.roles().stream().anyMatch(Roles.PERSON_ROLES::contains))
                .ifPresent(caller -> caller.tenant().ifPresent(tenant -> {
                    if (!registration.ensureRegistered(tenant, caller.userId(), caller.username())) {
                        throw ProblemException.forbidden("Your account is deactivated in your organization's directory.");
                    }
                }));
    }
}
