package org.hugmenow.hr.scim.credential;

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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.hr.scim.credential.ScimCredentials.Issued;
import org.hugmenow.hr.scim.persistence.ScimCredentialRecord;
import org.hugmenow.hr.scim.persistence.ScimCredentialRecord.Kind;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.Validation;

/** IT admins issue, rotate and revoke the credentials their identity provider uses for SCIM. */
@Path("/v1/admin/scim-tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.IT_ADMIN)
@Tag(name = "SCIM credentials")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not an IT admin of a tenant (problem+json)")
public class ScimCredentialResource {

    static final int MAX_LABEL = 100;
    static final String DEFAULT_LABEL = "SCIM client";
    private static final String NOT_FOUND = "There is no such SCIM credential in your tenant.";

    @Inject ScimCredentials credentials;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record CreateRequest(String label, String kind) {
    }

    /** Holds the secret: shown in this one response, never again. */
    public record IssuedView(UUID id, String kind, String label, String token, String clientId, String clientSecret) {
        public static IssuedView of(Issued issued) {
            boolean token = issued.kind() == Kind.TOKEN;
            return new IssuedView(issued.id(), wire(issued.kind()), issued.label(), token ? issued.secret() : null,
                    issued.clientId(), token ? null : issued.secret());
        }
    }

    public record CredentialView(UUID id, String kind, String label, String clientId, Instant createdAt, String createdBy,
                                 Instant lastUsedAt, Instant revokedAt) {
        public static CredentialView of(ScimCredentialRecord s) {
            return new CredentialView(s.id(), wire(s.kind()), s.label(), s.clientId(), s.createdAt(), s.createdBy(),
                    s.lastUsedAt(), s.revokedAt());
        }
    }

    public record CredentialList(List<CredentialView> items) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a SCIM bearer token (kind token, the default) or Basic client credentials (kind basic)")
    @APIResponse(responseCode = "201", description = "The credential with its secret, shown only this once")
    @APIResponse(responseCode = "400", description = "Invalid label or kind, or an unknown field (problem+json)")
    public Response create(CreateRequest body) {
        String label = body == null || body.label() == null ? DEFAULT_LABEL : body.label();
        String kind = body == null || body.kind() == null ? "token" : body.kind();
        new Validation().requireText(label, "label", MAX_LABEL)
                .require(kind.equals("token") || kind.equals("basic"), "kind", "must be token or basic")
                .throwIfInvalid();
        TenantSlug slug = tenant.slug();
        String by = caller.require().username();
        Issued issued = kind.equals("basic") ? credentials.issueBasic(slug, label, by) : credentials.issueToken(slug, label, by);
        return secret(Response.status(Response.Status.CREATED), issued);
    }

    @GET
    @Operation(summary = "The tenant's SCIM credentials, revoked ones included, newest first; never their secrets")
    @APIResponse(responseCode = "200", description = "The credentials")
    public CredentialList list() {
        return new CredentialList(credentials.list(tenant.slug()).stream().map(CredentialView::of).toList());
    }

    @POST
    @Path("{id}/rotate")
    @Operation(summary = "Replace a credential's secret; the old one stops working at once")
    @APIResponse(responseCode = "200", description = "The credential with its new secret, shown only this once")
    @APIResponse(responseCode = "404", description = "No such credential in your tenant, or it is revoked (problem+json)")
    public Response rotate(@PathParam("id") String id) {
        Issued issued = credentials.rotate(tenant.slug(), uuid(id), caller.require().username())
                .orElseThrow(() -> ProblemException.notFound("There is no such active SCIM credential in your tenant."));
        return secret(Response.ok(), issued);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a credential; it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such credential in your tenant (problem+json)")
    public Response revoke(@PathParam("id") String id) {
        if (!credentials.revoke(tenant.slug(), uuid(id), caller.require().username())) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return Response.noContent().build();
    }

    private static Response secret(Response.ResponseBuilder response, Issued issued) {
        return response.header("Cache-Control", "no-store").entity(IssuedView.of(issued)).build();
    }

    /** An id that is not even a UUID is as unknown as any other, so it gets the same 404. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(NOT_FOUND);
        }
    }

    private static String wire(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
