package org.hugmenow.tenant.settings.api;

import jakarta.annotation.security.RolesAllowed;
import org.hugmenow.platform.web.MultilineText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.tenant.settings.application.SettingsService;
import org.hugmenow.tenant.settings.domain.TenantSetting;
import org.hugmenow.tenant.settings.domain.TenantSettingRepository;

/** Tenant-wide settings, kept in the caller's tenant schema. Admins write; every member reads. */
@Path("/v1/tenant/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant settings")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Role not allowed, or tenant suspended (problem+json)")
public class SettingResource {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9.-]{1,63}");

    @Inject TenantSettingRepository settings;
    @Inject SettingsService service;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record SettingResponse(String key, String value, String updatedBy, Instant updatedAt) {
        static SettingResponse of(TenantSetting s) {
            return new SettingResponse(s.key(), s.value(), s.updatedBy(), s.updatedAt());
        }
    }

    public record SettingRequest(@MultilineText String value) {
    }

    @GET
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "List the tenant's settings")
    @APIResponse(responseCode = "200", description = "All settings, by key")
    public List<SettingResponse> list() {
        return settings.all(tenant.slug()).stream().map(SettingResponse::of).toList();
    }

    @GET
    @Path("{key}")
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "Get one setting")
    @APIResponse(responseCode = "200", description = "The setting")
    @APIResponse(responseCode = "404", description = "No such setting in your tenant (problem+json)")
    public SettingResponse get(@PathParam("key") String key) {
        return settings.find(tenant.slug(), key).map(SettingResponse::of)
                .orElseThrow(() -> ProblemException.notFound("There is no setting '" + key + "'."));
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HR_ADMIN, Roles.IT_ADMIN})
    @Operation(summary = "Create or change a setting")
    @APIResponse(responseCode = "200", description = "The stored setting")
    @APIResponse(responseCode = "400", description = "Invalid key or value, listed in errors[] (problem+json)")
    public SettingResponse put(@PathParam("key") String key, SettingRequest request) {
        new Validation()
                .require(KEY.matcher(key).matches(), "key", "must be 2 to 64 characters: lowercase letters, digits, '.' or '-', starting with a letter")
                .require(request != null && request.value() != null, "value", "is required")
                .require(request == null || request.value() == null || request.value().length() <= 4000, "value", "must be at most 4000 characters")
                .throwIfInvalid();
        // A key the code reads gets its value rules (SettingsService refuses with every problem).
        return SettingResponse.of(service.putAnyKey(tenant.slug(), key, request.value(), caller.require().username()));
    }

    @DELETE
    @Path("{key}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.IT_ADMIN})
    @Operation(summary = "Remove a setting")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such setting in your tenant (problem+json)")
    public Response delete(@PathParam("key") String key) {
        if (!service.delete(tenant.slug(), key, caller.require().username())) {
            throw ProblemException.notFound("There is no setting '" + key + "'.");
        }
        return Response.noContent().build();
    }
}
