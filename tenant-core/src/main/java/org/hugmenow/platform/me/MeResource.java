package org.hugmenow.platform.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.tenancy.TenantSlug;
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

    @Inject
    Instance<PersonalData> personalData;

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

    @GET
    @Path("export")
    @Produces("application/zip")
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "Everything the platform holds about the caller, as one zip of JSON and CSV files")
    @APIResponse(responseCode = "200", description = "The zip")
    @APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
    @APIResponse(responseCode = "403", description = "Platform tokens hold no personal tenant data (problem+json)")
    public Response export() {
        TenantSlug tenant = callerContext.tenant().slug();
        String personId = callerContext.personId();
        StreamingOutput zip = out -> {
            try (ZipOutputStream files = new ZipOutputStream(out)) {
                PersonalData.ExportFiles sink = (name, content) -> {
                    files.putNextEntry(new ZipEntry(name));
                    files.write(content);
                    files.closeEntry();
                };
                sink.add("README.txt", ("Personal data of " + callerContext.username() + " in " + tenant.value()
                        + ", exported " + Instant.now() + ".\n").getBytes(StandardCharsets.UTF_8));
                for (PersonalData module : inFixedOrder()) {
                    module.export(tenant, personId, sink);
                }
            }
        };
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"my-data.zip\"").build();
    }

    @DELETE
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "Erase the caller's personal data; their place in the directory is managed by the organization")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
    @APIResponse(responseCode = "403", description = "Platform tokens hold no personal tenant data (problem+json)")
    public Response erase() {
        TenantSlug tenant = callerContext.tenant().slug();
        String personId = callerContext.personId();
        inFixedOrder().forEach(module -> module.erase(tenant, personId));
        return Response.noContent().build();
    }

    /** CDI gives no order; a fixed one makes the zip's entries and the erasures repeatable. */
    private List<PersonalData> inFixedOrder() {
        return personalData.stream().sorted(Comparator.comparing(module -> module.getClass().getName())).toList();
    }
}
