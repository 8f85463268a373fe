package org.hugmenow.platform.health;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.security.Roles;

/** Readiness with its details (failed tenants, parked events), which the public /health/ready leaves out. */
@Path("/v1/platform/readiness")
@RequestScoped
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@Tag(name = "Platform")
public class ReadinessResource {

    @Inject
    ReadinessChecks checks;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Readiness with details: failed tenant migrations, parked outbox events, Keycloak's answer")
    @APIResponse(responseCode = "200", description = "The checks and their details; the status says UP or DOWN (load balancers use /health/ready)")
    @APIResponse(responseCode = "401", description = "No valid platform-operator token (problem+json)")
    @APIResponse(responseCode = "403", description = "Not a platform operator (problem+json)")
    public Response readiness() {
        boolean up = true;
        JsonArrayBuilder list = Jsons.array();
        for (HealthCheckResponse check : checks.detailed()) {
            up &= check.getStatus() == HealthCheckResponse.Status.UP;
            JsonObjectBuilder data = Jsons.object();
            check.getData().ifPresent(values -> values.forEach((key, value) -> data.add(key, String.valueOf(value))));
            list.add(Jsons.object().add("name", check.getName()).add("status", check.getStatus().name()).add("data", data));
        }
        String body = Jsons.object().add("status", up ? "UP" : "DOWN").add("checks", list).build().toString();
        // 200 either way: the request succeeded, and DOWN is the answer, not a failure of this call.
        return Response.status(200).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
