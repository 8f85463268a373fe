package org.hugmenow.hr.scim.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import org.hugmenow.hr.scim.application.ScimRequest;
import org.hugmenow.platform.security.Caller;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.Roles;

/**
 * Only provisioning clients of a tenant reach SCIM: a SCIM token or Basic client of the tenant,
 * a service account with {@code scim-provisioner}, or an IT admin. The tenant is the
 * credential's; nothing in the request can name another.
 */

@Priority(Priorities.AUTHORIZATION)
public class ScimAccessFilter implements ContainerRequestFilter {

    @Inject
    CallerContext callers;

    @Inject
    ScimRequest scimRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = callers.caller().orElse(null);
        if (caller == null) {
            request.abortWith(Response.fromResponse(ScimErrors.response(401, null,
                            "Authenticate with a SCIM bearer token, SCIM Basic credentials, or a client-credentials token of your realm."))
                    .header("WWW-Authenticate", "Bearer realm=\"scim\", Basic realm=\"scim\"").build());
            return;
        }
        boolean provisioner = caller.roles().contains(Roles.SCIM_PROVISIONER) || caller.roles().contains(Roles.IT_ADMIN);
        if (caller.tenant().isEmpty() || !provisioner) {
            request.abortWith(ScimErrors.response(403, null, "This credential may not provision this tenant's directory."));
            return;
        }
        String path = request.getUriInfo().getPath();
        boolean bulk = path.startsWith("Bulk") || path.startsWith("/Bulk");
        scimRequest.begin(caller.tenant().get(), bulk ? null : request.getHeaderString("If-Match"),
                request.getUriInfo().getBaseUri().toString());
    }
}
