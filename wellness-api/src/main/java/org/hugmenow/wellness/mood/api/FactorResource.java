package org.hugmenow.wellness.mood.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.wellness.mood.application.VocabularyService;
import org.hugmenow.wellness.mood.domain.FactorDefinition;
import org.hugmenow.wellness.mood.domain.FactorKind;

/** Context factors of check-ins: built in, the organization's, and the caller's own. */
@Path("/v1/moods/factors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBERS)
@Tag(name = "Moods")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not a tenant member's token, or role not allowed (problem+json)")
public class FactorResource {

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{1,39}");

    @Inject VocabularyService vocabulary;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record FactorView(String key, String label, String kind, String scope) {
        static FactorView of(FactorDefinition f) {
            return new FactorView(f.key(), f.label(), f.kind().name().toLowerCase(Locale.ROOT), f.scope().name().toLowerCase(Locale.ROOT));
        }
    }

    public record FactorRequest(String key, String label, String kind, String scope) {
    }

    @GET
        @Operation(summary = "Context factors: built in, the organization's, and mine")
    @APIResponse(responseCode = "200", description = "Factors")
    public List<FactorView> factors() {
        return vocabulary.factors(tenant.slug(), caller.personId()).stream().map(FactorView::of).toList();
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a factor for myself, or (HR admins) for the whole organization")
    @APIResponse(responseCode = "201", description = "The factor")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json)")
    @APIResponse(responseCode = "409", description = "A factor with that key exists (problem+json)")
    public Response addFactor(FactorRequest r) {
        new Validation().require(r != null, "body", "is required").throwIfInvalid();
        FactorKind kind = parseKind(r.kind());
        String scope = r.scope() == null ? "personal" : r.scope();
        new Validation().require(r.key() != null && KEY.matcher(r.key()).matches(), "key", "must be 2 to 40 letters or digits in camelCase")
                .requireText(r.label(), "label", 80)
                .require(kind != null, "kind", "must be number, scale or yesno")
                .require(scope.equals("personal") || scope.equals("tenant"), "scope", "must be personal or tenant")
                .throwIfInvalid();
        boolean personal = scope.equals("personal");
        if (!personal && !caller.require().roles().contains(Roles.HR_ADMIN)) {
            throw ProblemException.forbidden("Only HR admins define factors for the whole organization.");
        }
        FactorDefinition f = vocabulary.addFactor(tenant.slug(), caller.personId(), FactorDefinition.custom(r.key(),
                r.label().strip(), kind, personal ? FactorDefinition.Scope.PERSONAL : FactorDefinition.Scope.TENANT), personal);
        return Response.status(201).entity(FactorView.of(f)).build();
    }

    @DELETE
    @Path("{key}")
    @Operation(summary = "Remove a factor of mine (HR admins: also the organization's); past values stay with their check-ins")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such factor you can remove (problem+json)")
    public Response deleteFactor(@PathParam("key") String key) {
        vocabulary.deleteFactor(tenant.slug(), caller.personId(), key, caller.require().roles().contains(Roles.HR_ADMIN));
        return Response.noContent().build();
    }

    private static FactorKind parseKind(String kind) {
        for (FactorKind k : FactorKind.values()) {
            if (k.name().equalsIgnoreCase(kind)) {
                return k;
            }
        }
        return null;
    }
}
