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
import org.hugmenow.platform.web.Validation;
import org.hugmenow.wellness.mood.application.VocabularyService;
import org.hugmenow.wellness.mood.domain.Emotion;
import org.hugmenow.platform.security.Roles;

/** The emotion vocabulary on the energy × pleasantness grid, with the caller's own emotions. */
@Path("/v1/emotions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBERS)
@Tag(name = "Moods")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not a tenant member's token, or role not allowed (problem+json)")
public class EmotionResource {

    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L} '-]{0,39}");

    @Inject VocabularyService vocabulary;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record EmotionView(String name, int energy, int pleasantness, String quadrant, boolean custom) {
        static EmotionView of(Emotion e) {
            return new EmotionView(e.name(), e.energy(), e.pleasantness(), e.quadrant(), e.custom());
        }
    }

    public record EmotionRequest(String name, Integer energy, Integer pleasantness) {
    }

    @GET
        @Operation(summary = "The emotion vocabulary on the energy × pleasantness grid, plus my own emotions")
    @APIResponse(responseCode = "200", description = "Emotions")
    public List<EmotionView> emotions() {
        return vocabulary.emotions(tenant.slug(), caller.personId()).stream().map(EmotionView::of).toList();
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an emotion of my own")
    @APIResponse(responseCode = "201", description = "The emotion")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json)")
    @APIResponse(responseCode = "409", description = "It already exists (problem+json)")
    public Response addEmotion(EmotionRequest r) {
        new Validation().require(r != null, "body", "is required").throwIfInvalid();
        new Validation().require(r.name() != null && NAME.matcher(r.name()).matches(), "name", "must be 1 to 40 letters, spaces, ' or -")
                .require(r.energy() != null && r.energy() >= -2 && r.energy() <= 2, "energy", "must be from -2 to 2")
                .require(r.pleasantness() != null && r.pleasantness() >= -2 && r.pleasantness() <= 2, "pleasantness", "must be from -2 to 2")
                .throwIfInvalid();
        Emotion added = vocabulary.addEmotion(tenant.slug(), caller.personId(),
                new Emotion(r.name().strip().toLowerCase(Locale.ROOT), r.energy(), r.pleasantness(), true));
        return Response.status(201).entity(EmotionView.of(added)).build();
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "Remove an emotion of my own")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such emotion of yours (problem+json)")
    public Response deleteEmotion(@PathParam("name") String name) {
        vocabulary.deleteEmotion(tenant.slug(), caller.personId(), name.strip().toLowerCase(Locale.ROOT));
        return Response.noContent().build();
    }

}
