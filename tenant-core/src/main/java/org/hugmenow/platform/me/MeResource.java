package org.hugmenow.platform.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.security.Caller;
import org.hugmenow.platform.security.CallerContext;

@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    @Inject
    CallerContext callerContext;

    public record TenantView(String id, String slug, String name) {
    }

    public record MeResponse(TenantView tenant, String userId, String username, List<String> roles) {
    }

    @GET
    @Operation(summary = "Who am I: the caller's tenant, user id and roles, from the verified token")
    @APIResponse(responseCode = "200", description = "The caller; tenant is null for platform operators")
    @APIResponse(responseCode = "401", description = "Missing, forged, expired or wrong-audience token (problem+json)")
    @APIResponse(responseCode = "403", description = "The tenant is suspended (problem+json)")
    @APIResponse(responseCode = "503", description = "The tenant is temporarily unavailable (problem+json)")
    public MeResponse me() {
        Caller caller = callerContext.require();
        TenantView tenant = caller.tenant()
                .map(t -> new TenantView(t.id().toString(), t.slug().value(), t.name()))
                .orElse(null);
        return new MeResponse(tenant, caller.userId(), caller.username(), caller.roles().stream().sorted().toList());
    }
}
