package org.hugmenow.wellness.content.api;

import jakarta.annotation.security.RolesAllowed;
import org.hugmenow.platform.web.MultilineText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.wellness.content.application.ContentService;
import org.hugmenow.wellness.content.domain.ContentItem;
import org.hugmenow.wellness.shared.api.Ids;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.refusal.Refusal;

@Path("/v1/content")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not a tenant member's token, or role not allowed (problem+json)")
public class ContentResource {

    @Inject ContentService content;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record ItemView(UUID id, String kind, String title, String summary, String body, int minutes, String source) {
        static ItemView of(ContentItem i) {
            return new ItemView(i.id(), i.kind(), i.title(), i.summary(), i.body(), i.minutes(), i.global() ? "global" : "tenant");
        }
    }

    public record ItemRequest(String kind, String title, @MultilineText String summary, @MultilineText String body, Integer minutes) {
    }

    public record RecommendationView(ItemView item, String reason) {
    }

    @GET
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "Wellness exercises and resources: global and the organization's own")
    @APIResponse(responseCode = "200", description = "Items")
    public List<ItemView> catalogue(@QueryParam("kind") String kind) {
        new Validation().require(kind == null || ContentItem.KINDS.contains(kind), "kind", "must be one of " + ContentItem.KINDS).throwIfInvalid();
        return content.catalogue(tenant.slug(), kind).stream().map(ItemView::of).toList();
    }

    @GET
    @Path("recommendations")
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "Content picked for me from my recent check-ins, with the reason")
    @APIResponse(responseCode = "200", description = "Recommendations")
    public List<RecommendationView> recommendations() {
        return content.recommendations(tenant.slug(), caller.personId()).stream()
                .map(r -> new RecommendationView(ItemView.of(r.item()), r.reason())).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "One item")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "No such item (problem+json)")
    public ItemView get(@PathParam("id") String id) {
        return ItemView.of(content.get(tenant.slug(), uuid(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Add an item for the organization")
    @APIResponse(responseCode = "201", description = "The item")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json)")
    public Response add(ItemRequest r) {
        new Validation().require(r != null, "body", "is required").throwIfInvalid();
        ContentItem item = content.add(tenant.slug(),
                new ContentService.NewItem(r.kind(), r.title(), r.summary(), r.body(), r.minutes()));
        return Response.created(URI.create("/api/v1/content/" + item.id())).entity(ItemView.of(item)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Remove an item of the organization's")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such item of your organization's (problem+json)")
    public Response delete(@PathParam("id") String id) {
        content.delete(tenant.slug(), uuid(id));
        return Response.noContent().build();
    }

    static UUID uuid(String id) {
        return Ids.parse(id, "There is no such content item.");
    }
}
