package org.hugmenow.hr.sync.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.hr.sync.application.AttributeOwnership;
import org.hugmenow.hr.sync.application.ConflictLog;
import org.hugmenow.hr.sync.domain.Attribute;
import org.hugmenow.hr.sync.domain.DirectoryConflict;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.web.Validation;

/** Which source owns which directory attribute, and the writes refused because another source owns it. */
@Path("/v1/admin/directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.IT_ADMIN, Roles.HR_ADMIN})
@Tag(name = "Directory sync")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not an HR or IT admin of a tenant (problem+json)")
public class DirectoryGovernanceResource {

    static final int MAX_CONFLICTS = 500;

    @Inject AttributeOwnership ownership;
    @Inject ConflictLog conflicts;
    @Inject RequestTenant tenant;

    public record ConflictList(List<DirectoryConflict> items) {
    }

    @GET
    @Path("attribute-owners")
    @Operation(summary = "Owners of directory attributes: 'scim' or 'hr:<connection id>'; an attribute not listed is written by any source")
    @APIResponse(responseCode = "200", description = "attribute → owner")
    public Map<String, String> owners() {
        return view(ownership.all(tenant.slug()));
    }

    @PUT
    @Path("attribute-owners")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the attribute owners, e.g. {\"email\":\"scim\",\"department\":\"hr:<id>\"}; attributes left out are nobody's")
    @APIResponse(responseCode = "200", description = "attribute → owner, as saved")
    @APIResponse(responseCode = "400", description = "Unknown attribute, or an owner that is neither scim nor one of your connections (problem+json)")
    public Map<String, String> replaceOwners(Map<String, String> body) {
        new Validation().require(body != null, "body", "is required").throwIfInvalid();
        return view(ownership.replace(tenant.slug(), body));
    }

    @GET
    @Path("conflicts")
    @Operation(summary = "Conflicting writes from SCIM and HR syncs, newest first: the owner's value was kept")
    @APIResponse(responseCode = "200", description = "Conflicts")
    @APIResponse(responseCode = "400", description = "Invalid limit (problem+json)")
    public ConflictList conflicts(@QueryParam("limit") String limit) {
        return new ConflictList(conflicts.list(tenant.slug(), Params.integer(limit, "limit", 100, 1, MAX_CONFLICTS)));
    }

    private static Map<String, String> view(Map<Attribute, String> owners) {
        Map<String, String> view = new TreeMap<>();
        owners.forEach((attribute, owner) -> view.put(AttributeOwnership.name(attribute), owner));
        return view;
    }
}
