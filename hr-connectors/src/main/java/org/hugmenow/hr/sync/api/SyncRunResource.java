package org.hugmenow.hr.sync.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.hr.sync.application.PlannedChange;
import org.hugmenow.hr.sync.application.SyncRunReports;
import org.hugmenow.hr.sync.application.SyncRunner;
import org.hugmenow.hr.sync.domain.RunIssue;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.web.Validation;

/** Following, reviewing, confirming and cancelling sync runs. */
@Path("/v1/admin/sync-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.IT_ADMIN, Roles.HR_ADMIN})
@Tag(name = "Directory sync")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not an HR or IT admin of a tenant (problem+json)")
public class SyncRunResource {

    static final int LIST_LIMIT = 50;
    static final int MAX_CHANGES_PAGE = 500;
    private static final String NOT_FOUND = "There is no such sync run in your tenant.";

    @Inject SyncRunReports reports;
    @Inject SyncRunner runner;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record RunList(List<SyncRunView> items) {
    }

    public record ChangeView(int seq, String kind, String externalId, List<PlannedChange.AttributeChange> changes, boolean applied,
                             Instant appliedAt, String error) {
        static ChangeView of(PlannedChange c) {
            return new ChangeView(c.seq(), c.kind(), c.externalId(), c.changes(), c.appliedAt() != null, c.appliedAt(), c.error());
        }
    }

    public record ChangePage(List<ChangeView> items, int offset, int limit) {
    }

    public record IssueList(List<RunIssue> items) {
    }

    @GET
    @Operation(summary = "The latest 50 runs, newest first, of one connection or of all")
    @APIResponse(responseCode = "200", description = "Runs")
    @APIResponse(responseCode = "400", description = "connection is not a connection id (problem+json)")
    public RunList list(@QueryParam("connection") String connection) {
        UUID connectionId = null;
        if (connection != null && !connection.isBlank()) {
            try {
                connectionId = UUID.fromString(connection.strip());
            } catch (IllegalArgumentException e) {
                new Validation().add("connection", "must be the id of an HR connection").throwIfInvalid();
            }
        }
        return new RunList(reports.list(tenant.slug(), connectionId, LIST_LIMIT).stream().map(SyncRunView::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A run: status, counts, progress (applied of total), duration, and why it waits or failed")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No such run (problem+json)")
    public SyncRunView get(@PathParam("id") String id) {
        return SyncRunView.of(reports.get(tenant.slug(), run(id)));
    }

    @GET
    @Path("{id}/changes")
    @Operation(summary = "The run's planned changes in order: kind, employee id, the attributes old → new, applied or the error")
    @APIResponse(responseCode = "200", description = "One page of changes")
    @APIResponse(responseCode = "404", description = "No such run (problem+json)")
    public ChangePage changes(@PathParam("id") String id, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        int from = Params.integer(offset, "offset", 0, 0, Integer.MAX_VALUE);
        int size = Params.integer(limit, "limit", 100, 1, MAX_CHANGES_PAGE);
        List<ChangeView> items = reports.changes(tenant.slug(), run(id), from, size).stream().map(ChangeView::of).toList();
        return new ChangePage(items, from, size);
    }

    @GET
    @Path("{id}/issues")
    @Operation(summary = "Skipped source records (by key or line number), conflicts, and records that failed to apply")
    @APIResponse(responseCode = "200", description = "Issues in the order they arose")
    @APIResponse(responseCode = "404", description = "No such run (problem+json)")
    public IssueList issues(@PathParam("id") String id) {
        return new IssueList(reports.issues(tenant.slug(), run(id)));
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "Apply a run that awaits confirmation (the safety brake, rekeys, or skipped CSV rows)")
    @APIResponse(responseCode = "202", description = "The run, now applying in the background")
    @APIResponse(responseCode = "404", description = "No such run (problem+json)")
    @APIResponse(responseCode = "409", description = "The run does not await confirmation, or is a dry run (problem+json)")
    public Response confirm(@PathParam("id") String id) {
        return HrConnectionResource.accepted(runner.confirm(tenant.slug(), run(id), caller.username()));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a run that fetches, awaits confirmation or applies; what it applied stays applied")
    @APIResponse(responseCode = "200", description = "The cancelled run")
    @APIResponse(responseCode = "404", description = "No such run (problem+json)")
    @APIResponse(responseCode = "409", description = "The run has already ended (problem+json)")
    public SyncRunView cancel(@PathParam("id") String id) {
        return SyncRunView.of(runner.cancel(tenant.slug(), run(id), caller.username()));
    }

    private static UUID run(String id) {
        return Params.id(id, NOT_FOUND);
    }
}
