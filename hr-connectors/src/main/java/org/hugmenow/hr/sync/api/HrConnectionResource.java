package org.hugmenow.hr.sync.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.hr.connector.application.ConnectionRules;
import org.hugmenow.hr.connector.application.HrConnections;
import org.hugmenow.hr.connector.domain.HrConnection;
import org.hugmenow.hr.connector.domain.HrConnectionDraft;
import org.hugmenow.hr.connector.domain.HrConnectionInput;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.sync.application.SyncRunner;
import org.hugmenow.hr.sync.domain.SyncRun;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.web.BodyTooLargeException;
import org.hugmenow.platform.web.MultilineText;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.Validation;

/** HR admins and IT admins connect HR systems, and start their syncs or upload CSV files. */
@Path("/v1/admin/hr-connections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.IT_ADMIN, Roles.HR_ADMIN})
@Tag(name = "Directory sync")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not an HR or IT admin of a tenant (problem+json)")
public class HrConnectionResource {

    static final int MAX_CSV_BYTES = 5 * 1024 * 1024;
    private static final String NO_SUCH_CONNECTION = "There is no such HR connection in your tenant.";

    @Inject HrConnections connections;
    @Inject SyncRunner runner;
    @Inject Instance<HrConnectorFactory> factories;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    /** {@code scheduleMinutes} left out: runs on demand only. {@code settings} left out on PUT: kept. */
    public record ConnectionRequest(String connector, String label, @MultilineText Map<String, String> settings, Integer scheduleMinutes,
                                    Double maxDeactivateShare, Boolean enabled) {
    }

    /** {@code settings} names each setting that is set, with the value "set": values never leave the server. */
    public record ConnectionView(UUID id, String connector, String label, Map<String, String> settings, Integer scheduleMinutes,
                                 double maxDeactivateShare, boolean enabled, Instant nextRunAt, Instant createdAt, Instant updatedAt) {
        static ConnectionView of(HrConnection c) {
            Map<String, String> settings = new TreeMap<>();
            c.settingNames().forEach(name -> settings.put(name, "set"));
            return new ConnectionView(c.id(), c.connector(), c.label(), settings, c.scheduleMinutes(), c.maxDeactivateShare(),
                    c.enabled(), c.nextRunAt(), c.createdAt(), c.updatedAt());
        }
    }

    private static HrConnectionInput input(ConnectionRequest body) {
        new Validation().require(body != null, "body", "is required").throwIfInvalid();
        return new HrConnectionInput(body.connector(), body.label(), body.settings(), body.scheduleMinutes(), body.maxDeactivateShare(),
                body.enabled());
    }

    public record ConnectionList(List<ConnectionView> items) {
    }

    public record RunRequest(String mode, Boolean dryRun) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Connect an HR system: its connector, a label, its settings (credentials are encrypted), and optionally a schedule")
    @APIResponse(responseCode = "201", description = "The connection, with the names of its settings but never their values")
    @APIResponse(responseCode = "400", description = "Unknown connector, missing required settings, or other invalid fields (problem+json)")
    @APIResponse(responseCode = "503", description = "Settings cannot be encrypted: the platform's secrets key is missing (problem+json)")
    public Response create(ConnectionRequest body) {
        HrConnection created = connections.create(tenant.slug(), ConnectionRules.validated(input(body), null, factories()),
                caller.username());
        return Response.created(URI.create("/api/v1/admin/hr-connections/" + created.id())).entity(ConnectionView.of(created)).build();
    }

    @GET
    @Operation(summary = "The tenant's HR connections")
    @APIResponse(responseCode = "200", description = "Connections, oldest first")
    public ConnectionList list() {
        return new ConnectionList(connections.list(tenant.slug()).stream().map(ConnectionView::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One HR connection")
    @APIResponse(responseCode = "200", description = "The connection")
    @APIResponse(responseCode = "404", description = "No such connection (problem+json)")
    public ConnectionView get(@PathParam("id") String id) {
        return ConnectionView.of(existing(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a connection; settings left out are kept (required when the connector changes)")
    @APIResponse(responseCode = "200", description = "The connection")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json)")
    @APIResponse(responseCode = "404", description = "No such connection (problem+json)")
    public ConnectionView replace(@PathParam("id") String id, ConnectionRequest body) {
        HrConnection current = existing(id);
        HrConnectionDraft draft = ConnectionRules.validated(input(body), current, factories());
        return connections.update(tenant.slug(), current.id(), draft, caller.username()).map(ConnectionView::of)
                .orElseThrow(() -> ProblemException.notFound(NO_SUCH_CONNECTION));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a connection with its run history; its people stay in the directory")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such connection (problem+json)")
    @APIResponse(responseCode = "409", description = "A run is fetching or applying (problem+json)")
    public Response delete(@PathParam("id") String id) {
        return switch (connections.delete(tenant.slug(), Params.id(id, NO_SUCH_CONNECTION), caller.username())) {
            case DELETED -> Response.noContent().build();
            case NOT_FOUND -> throw ProblemException.notFound(NO_SUCH_CONNECTION);
            case BUSY -> throw ProblemException.conflict("A run of this connection is fetching or applying; cancel it or let it finish first.");
        };
    }

    @POST
    @Path("{id}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a sync: full (people missing from the source are deactivated) or incremental (never deactivates"
            + " by absence); a dry run only plans")
    @APIResponse(responseCode = "202", description = "The run, fetching in the background; Location points at it")
    @APIResponse(responseCode = "400", description = "Invalid mode, or a CSV connection (upload instead) (problem+json)")
    @APIResponse(responseCode = "404", description = "No such connection (problem+json)")
    @APIResponse(responseCode = "409", description = "A run of this connection is in progress or awaiting confirmation (problem+json)")
    public Response run(@PathParam("id") String id, RunRequest body) {
        String mode = body == null || body.mode() == null ? "full" : body.mode();
        new Validation().require(mode.equals("full") || mode.equals("incremental"), "mode", "must be full or incremental").throwIfInvalid();
        boolean dryRun = body != null && Boolean.TRUE.equals(body.dryRun());
        return accepted(runner.start(tenant.slug(), Params.id(id, NO_SUCH_CONNECTION), SyncRun.Mode.of(mode), dryRun, caller.username()));
    }

    @POST
    @Path("{id}/csv")
    @Consumes("text/csv")
    @Operation(summary = "Upload a CSV file in the template's format as the source of a full run of a CSV connection; if any row is"
            + " skipped the run waits for confirmation, so the valid rows are applied only when an admin agrees")
    @APIResponse(responseCode = "202", description = "The run, reading the file in the background; rows it skips are its issues, by line number")
    @APIResponse(responseCode = "400", description = "Empty, not UTF-8, or not a CSV connection (problem+json)")
    @APIResponse(responseCode = "404", description = "No such connection (problem+json)")
    @APIResponse(responseCode = "409", description = "A run of this connection is in progress or awaiting confirmation (problem+json)")
    @APIResponse(responseCode = "413", description = "The file is larger than 5 MB (problem+json)")
    public Response upload(@PathParam("id") String id, @QueryParam("dryRun") String dryRun, InputStream body) {
        boolean dry = Params.flag(dryRun, "dryRun");
        UUID connectionId = Params.id(id, NO_SUCH_CONNECTION);
        return accepted(runner.startUpload(tenant.slug(), connectionId, csv(body), dry, caller.username()));
    }

    static Response accepted(SyncRun run) {
        return Response.accepted(SyncRunView.of(run)).location(URI.create("/api/v1/admin/sync-runs/" + run.id())).build();
    }

    private static String csv(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_CSV_BYTES + 1);
        } catch (IOException e) {
            // The platform's body limit may surface wrapped by the JAX-RS runtime.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BodyTooLargeException) {
                    throw tooLarge();
                }
            }
            throw ProblemException.badRequest("The file could not be read completely; send it again.");
        }
        if (bytes.length > MAX_CSV_BYTES) {
            throw tooLarge();
        }
        new Validation().require(bytes.length > 0, "body", "the CSV file is empty").throwIfInvalid();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The CSV file must be UTF-8 encoded; export it as 'CSV UTF-8'.");
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(413, "content-too-large", "Content Too Large", "The CSV file is larger than 5 MB.", List.of(), Map.of());
    }

    private HrConnection existing(String id) {
        return connections.get(tenant.slug(), Params.id(id, NO_SUCH_CONNECTION))
                .orElseThrow(() -> ProblemException.notFound(NO_SUCH_CONNECTION));
    }

    private List<HrConnectorFactory> factories() {
        return factories.stream().toList();
    }
}
