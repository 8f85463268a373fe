package org.hugmenow.wellness.insights.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.wellness.insights.application.DriversView;
import org.hugmenow.wellness.insights.application.InsightsAlert;
import org.hugmenow.wellness.insights.application.InsightsExport;
import org.hugmenow.wellness.insights.application.InsightsQueries;
import org.hugmenow.wellness.insights.application.InsightsTable;
import org.hugmenow.wellness.insights.application.PrivacyView;
import org.hugmenow.wellness.insights.application.SegmentOption;
import org.hugmenow.wellness.insights.application.SettingsChange;
import org.hugmenow.wellness.insights.domain.Viewer;

/**
 * Team insights for hr-admins (the whole tenant) and team leads (their teams and reporting line).
 * Every number comes from the anonymity engine through {@link InsightsQueries}; the views that
 * answer a table also answer it as CSV or XLSX ({@code Accept}), rendered from the same answer.
 */
@Path("/v1/insights")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.TEAM_LEAD})
@Tag(name = "Insights")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not an hr-admin or team lead, or the segment is outside the caller's teams (problem+json)")
public class InsightsResource {

    private static final int MAX_ALERTS = 200;

    @Inject InsightsQueries queries;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    @GET
    @Path("segments")
    @Operation(summary = "The segments I may ask for in a period, with labels")
    @APIResponse(responseCode = "200", description = "Segments")
    @APIResponse(responseCode = "400", description = "Invalid period (problem+json)")
    public List<SegmentOption> segments(@QueryParam("period") String period) {
        return queries.segments(tenant.slug(), viewer(), period);
    }

    @GET
    @Path("heatmap")
    @Produces({MediaType.APPLICATION_JSON, InsightsExport.CSV, InsightsExport.XLSX})
    @InsightsExportable
    @Operation(summary = "Segments × metrics for one period (JSON, CSV or XLSX)")
    @APIResponse(responseCode = "200", description = "The released cells")
    @APIResponse(responseCode = "400", description = "Invalid segment, metric or period (problem+json)")
    @APIResponse(responseCode = "404", description = "No such team or reporting line (problem+json)")
    @APIResponse(responseCode = "429", description = "Insights are busy answering other views; Retry-After says when to try again (problem+json)")
    public InsightsTable heatmap(@QueryParam("segment") List<String> segments, @QueryParam("metric") List<String> metrics,
            @QueryParam("period") String period) {
        return queries.heatmap(tenant.slug(), viewer(), segments, metrics, period);
    }

    @GET
    @Path("trend")
    @Produces({MediaType.APPLICATION_JSON, InsightsExport.CSV, InsightsExport.XLSX})
    @InsightsExportable
    @Operation(summary = "One segment and one metric over a range of periods (JSON, CSV or XLSX)")
    @APIResponse(responseCode = "200", description = "The released cells, oldest period first")
    @APIResponse(responseCode = "400", description = "Invalid segment, metric or range (problem+json)")
    @APIResponse(responseCode = "404", description = "No such team or reporting line (problem+json)")
    @APIResponse(responseCode = "429", description = "Insights are busy answering other views; Retry-After says when to try again (problem+json)")
    public InsightsTable trend(@QueryParam("segment") String segment, @QueryParam("metric") String metric,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return queries.trend(tenant.slug(), viewer(), segment, metric, from, to);
    }

    @GET
    @Path("participation")
    @Produces({MediaType.APPLICATION_JSON, InsightsExport.CSV, InsightsExport.XLSX})
    @InsightsExportable
    @Operation(summary = "Participation of one segment over a range of periods (JSON, CSV or XLSX)")
    @APIResponse(responseCode = "200", description = "The released cells, oldest period first")
    @APIResponse(responseCode = "400", description = "Invalid segment or range (problem+json)")
    @APIResponse(responseCode = "404", description = "No such team or reporting line (problem+json)")
    @APIResponse(responseCode = "429", description = "Insights are busy answering other views; Retry-After says when to try again (problem+json)")
    public InsightsTable participation(@QueryParam("segment") String segment, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return queries.participationOverTime(tenant.slug(), viewer(), segment, from, to);
    }

    @GET
    @Path("comparison")
    @Produces({MediaType.APPLICATION_JSON, InsightsExport.CSV, InsightsExport.XLSX})
    @InsightsExportable
    @Operation(summary = "A segment against the whole organization for one period (hr-admins; JSON, CSV or XLSX)")
    @APIResponse(responseCode = "200", description = "The tenant's cells, then the segment's")
    @APIResponse(responseCode = "400", description = "Invalid segment, metric or period (problem+json)")
    @APIResponse(responseCode = "404", description = "No such team or reporting line (problem+json)")
    @APIResponse(responseCode = "429", description = "Insights are busy answering other views; Retry-After says when to try again (problem+json)")
    public InsightsTable comparison(@QueryParam("segment") String segment, @QueryParam("metric") List<String> metrics,
            @QueryParam("period") String period) {
        return queries.comparison(tenant.slug(), viewer(), segment, metrics, period);
    }

    @GET
    @Path("drivers")
    @Produces({MediaType.APPLICATION_JSON, InsightsExport.CSV, InsightsExport.XLSX})
    @InsightsExportable
    @Operation(summary = "Which factors move with mood across the organization, with sample sizes (hr-admins; JSON, CSV or XLSX)")
    @APIResponse(responseCode = "200", description = "One row per factor")
    @APIResponse(responseCode = "400", description = "Invalid period (problem+json)")
    @APIResponse(responseCode = "429", description = "Insights are busy answering other views; Retry-After says when to try again (problem+json)")
    public DriversView drivers(@QueryParam("period") String period) {
        return queries.drivers(tenant.slug(), viewer(), period);
    }

    @GET
    @Path("alerts")
    @Operation(summary = "Alerts raised when a segment's mood fell (hr-admins), newest first")
    @APIResponse(responseCode = "200", description = "Alerts")
    @APIResponse(responseCode = "400", description = "Invalid limit (problem+json)")
    public List<InsightsAlert> alerts(@QueryParam("limit") Integer limit) {
        new Validation().require(limit == null || (limit >= 1 && limit <= MAX_ALERTS), "limit", "must be 1 to " + MAX_ALERTS)
                .throwIfInvalid();
        return queries.alerts(tenant.slug(), viewer(), limit == null ? 50 : limit);
    }

    @GET
    @Path("privacy")
    @Operation(summary = "The privacy settings (k, ε, time zone, alert rule) and the budget spent and left per metric family in a month")
    @APIResponse(responseCode = "200", description = "Settings and budget")
    @APIResponse(responseCode = "400", description = "Invalid month (problem+json)")
    public PrivacyView privacy(@QueryParam("month") String month) {
        return queries.privacy(tenant.slug(), viewer(), month);
    }

    @PATCH
    @Path("settings")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Change the insights settings (hr-admins); absent fields keep their value, k is never below 3")
    @APIResponse(responseCode = "200", description = "The settings and budget after the change")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json); nothing changed")
    public PrivacyView updateSettings(SettingsChange change) {
        new Validation().require(change != null, "body", "is required").throwIfInvalid();
        return queries.updateSettings(tenant.slug(), viewer(), change, caller.username());
    }

    private Viewer viewer() {
        return new Viewer(caller.personId(), caller.require().roles());
    }
}
