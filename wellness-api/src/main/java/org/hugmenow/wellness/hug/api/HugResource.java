package org.hugmenow.wellness.hug.api;

import jakarta.annotation.security.RolesAllowed;
import org.hugmenow.platform.web.MultilineText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.idempotency.IdempotencyKey;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.hug.application.HugService;
import org.hugmenow.wellness.hug.domain.Hug;
import org.hugmenow.wellness.hug.domain.HugInput;
import org.hugmenow.wellness.shared.api.Cursor;
import org.hugmenow.wellness.shared.api.Ids;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.wellness.shared.domain.Page;
import org.hugmenow.platform.refusal.Refusal;

@Path("/v1/hugs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBERS)
@Tag(name = "Hugs")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not a tenant member's token, or role not allowed (problem+json)")
public class HugResource {

    static final int MAX_MESSAGE = 500;

    @Inject HugService hugs;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record HugRequestBody(String recipientId, UUID teamId, String type, @MultilineText String message, String deliverAt, UUID requestId) {
    }

    public record GroupHugView(UUID groupId, List<HugView> hugs) {
    }

    public record HugPage(List<HugView> items, String nextCursor) {
    }

    public record ReportRequest(@MultilineText String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a hug to a colleague or a team, now or at a moment, optionally answering a hug request")
    @APIResponse(responseCode = "201", description = "The hug (for a team: the group id and one hug per member)")
    @APIResponse(responseCode = "400", description = "Invalid fields, yourself, or someone blocked (problem+json)")
    @APIResponse(responseCode = "404", description = "No such colleague or team (problem+json)")
    @APIResponse(responseCode = "429", description = "Daily allowance used up; Retry-After says when it renews (problem+json)")
    public Response send(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, HugRequestBody body) {
        HugInput input = validated(body);
        HugService.Sent sent = hugs.send(tenant.slug(), caller.personId(), input, IdempotencyKey.fromHeader(idempotencyKey));
        List<HugView> views = sent.hugs().stream().map(h -> HugView.of(h, sent.names())).toList();
        Object entity = input.teamId() != null ? new GroupHugView(sent.hugs().get(0).groupId(), views) : views.get(0);
        URI location = URI.create(input.teamId() != null ? "/api/v1/hugs?box=sent" : "/api/v1/hugs/" + views.get(0).id());
        return Response.created(location).entity(entity).build();
    }

    @GET
    @Operation(summary = "Hugs I received (delivered) or sent, newest first")
    @APIResponse(responseCode = "200", description = "One page and the cursor of the next")
    public HugPage history(@QueryParam("box") String box, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        String which = box == null ? "received" : box;
        new Validation().require(which.equals("received") || which.equals("sent"), "box", "must be received or sent").throwIfInvalid();
        Page<Hug> page = hugs.history(tenant.slug(), caller.personId(), which.equals("sent"), Cursor.decode(cursor), Cursor.limit(limit));
        Map<String, String> names = hugs.names(tenant.slug(), page.items().stream().flatMap(h -> Stream.of(h.senderId(), h.recipientId())).distinct().toList());
        return new HugPage(page.items().stream().map(h -> HugView.of(h, names)).toList(), Cursor.encode(page.next()));
    }

    @GET
    @Path("counts")
    @Operation(summary = "How many hugs I sent and received, by type")
    @APIResponse(responseCode = "200", description = "{sent: {type: n}, received: {type: n}}")
    public Map<String, Map<String, Long>> counts() {
        return hugs.counts(tenant.slug(), caller.personId());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A hug I sent or received")
    @APIResponse(responseCode = "200", description = "The hug")
    @APIResponse(responseCode = "404", description = "No such hug of yours (problem+json)")
    public HugView get(@PathParam("id") String id) {
        Hug h = hugs.get(tenant.slug(), caller.personId(), uuid(id));
        return HugView.of(h, hugs.names(tenant.slug(), List.of(h.senderId(), h.recipientId())));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a scheduled hug before it is delivered")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "No such hug of yours (problem+json)")
    @APIResponse(responseCode = "409", description = "Already delivered or cancelled (problem+json)")
    public Response cancel(@PathParam("id") String id) {
        hugs.cancel(tenant.slug(), caller.personId(), uuid(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a hug I received as abusive: it is hidden and recorded for the admins")
    @APIResponse(responseCode = "204", description = "Reported and hidden")
    @APIResponse(responseCode = "404", description = "No such hug received by you (problem+json)")
    public Response report(@PathParam("id") String id, ReportRequest request) {
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        new Validation().require(reason.length() <= 1000, "reason", "must be at most 1000 characters").throwIfInvalid();
        hugs.report(tenant.slug(), caller.personId(), uuid(id), reason.isEmpty() ? "abusive" : reason);
        return Response.noContent().build();
    }

    private static HugInput validated(HugRequestBody b) {
        new Validation().require(b != null, "body", "is required").throwIfInvalid();
        Validation v = new Validation()
                .require((b.recipientId() == null) != (b.teamId() == null), "recipientId", "give exactly one of recipientId and teamId")
                .require(b.type() != null && !b.type().isBlank(), "type", "is required")
                .require(b.message() == null || b.message().length() <= MAX_MESSAGE, "message", "must be at most " + MAX_MESSAGE + " characters")
                .require(b.requestId() == null || b.recipientId() != null, "requestId", "answers one person: give recipientId");
        Instant deliverAt = null;
        if (b.deliverAt() != null) {
            try {
                deliverAt = OffsetDateTime.parse(b.deliverAt()).toInstant();
                v.require(deliverAt.isAfter(Instant.now()), "deliverAt", "must be in the future")
                        .require(deliverAt.isBefore(Instant.now().plus(java.time.Duration.ofDays(400))), "deliverAt", "must be within 400 days");
            } catch (DateTimeException e) {
                v.add("deliverAt", "must be an ISO-8601 date-time with an offset");
            }
        }
        v.throwIfInvalid();
        String message = b.message() == null || b.message().isBlank() ? null : b.message();
        return new HugInput(b.recipientId(), b.teamId(), b.type(), message, deliverAt, b.requestId());
    }

    static UUID uuid(String id) {
        return Ids.parse(id, "There is no such hug of yours.");
    }
}
