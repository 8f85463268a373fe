package org.hugmenow.tenant.directory.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.tenant.directory.application.DirectoryRegistration;

/** Every verified tenant caller is a person in their tenant's directory. */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class DirectoryRegistrationFilter implements ContainerRequestFilter {

    @Inject CallerContext callerContext;
    @Inject DirectoryRegistration registration;

    @Override
    public void filter(ContainerRequestContext request) {
        callerContext.caller().ifPresent(caller -> caller.tenant().ifPresent(
                tenant -> registration.ensureRegistered(tenant, caller.userId(), caller.username())));
    }
}
