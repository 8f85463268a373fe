package org.hugmenow.wellness.mood.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.idempotency.IdempotencyKey;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.web.Problem;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.mood.application.MoodService;
import org.hugmenow.wellness.mood.application.TrendService;
import org.hugmenow.wellness.mood.domain.CalendarDay;
import org.hugmenow.wellness.mood.domain.Streak;
import org.hugmenow.wellness.mood.domain.Trends;
import org.hugmenow.wellness.shared.api.Cursor;
import org.hugmenow.wellness.shared.api.Ids;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.wellness.shared.domain.Page;

/** The caller's own check-ins. Nobody else reaches them here; connections see only what is shared with them. */
@Path("/v1/moods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBERS)
@Tag(name = "Moods")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not a tenant member's token (problem+json)")
public class MoodResource {

    @Inject MoodService moods;
    @Inject TrendService trends;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record MoodPage(List<MoodResponse> items, String nextCursor) {
    }

    public record CalendarResponse(String month, List<CalendarDay> days) {
    }

    public record MilestoneView(int days, java.time.Instant reachedAt) {
    }

    public record StreakResponse(int current, int longest, LocalDate lastCheckIn, List<MilestoneView> milestones, Integer nextMilestone) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check in: score, emotions, private note, factors, tags")
    @APIResponse(responseCode = "201", description = "The stored check-in, with crisis resources when it calls for them")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[] (problem+json)")
    public Response create(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, MoodRequest request) {
        MoodResponse created = MoodResponse.of(moods.create(tenant.slug(), caller.personId(), body(request).validated(null),
                IdempotencyKey.fromHeader(idempotencyKey)));
        return Response.created(URI.create("/api/v1/moods/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "My check-ins, newest first, by local date range, with cursor paging")
    @APIResponse(responseCode = "200", description = "One page and the cursor of the next (null at the end)")
    public MoodPage history(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        Page<MoodResponse> page = moods.history(tenant.slug(), caller.personId(), date("from", from), date("to", to), Cursor.decode(cursor), Cursor.limit(limit))
                .map(MoodResponse::of);
        return new MoodPage(page.items(), Cursor.encode(page.next()));
    }

    @GET
    @Path("calendar")
    @Operation(summary = "One summary per day of a month")
    @APIResponse(responseCode = "200", description = "Days with check-ins")
    public CalendarResponse calendar(@QueryParam("month") String month) {
        YearMonth m;
        try {
            m = month == null ? YearMonth.now() : YearMonth.parse(month);
        } catch (DateTimeException e) {
            throw invalid("month", "must look like 2026-11");
        }
        if (m.getYear() < MIN_YEAR || m.getYear() > MAX_YEAR) {
            throw invalid("month", "must be a month from " + MIN_YEAR + " to " + MAX_YEAR);
        }
        return new CalendarResponse(m.toString(), trends.calendar(tenant.slug(), caller.personId(), m));
    }

    @GET
    @Path("trends")
    @Operation(summary = "Weekly and monthly averages, 7-day moving average, day-of-week pattern, factor correlations")
    @APIResponse(responseCode = "200", description = "Trends over the range (default: the last 365 days)")
    public TrendsResponse trends(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = to == null ? LocalDate.now() : date("to", to);
        LocalDate start = from == null ? end.minusDays(364) : date("from", from);
        if (start.isAfter(end) || start.plusYears(5).isBefore(end)) {
            throw invalid("from", "must be on or before 'to', at most five years earlier");
        }
        Trends t = trends.trends(tenant.slug(), caller.personId(), start, end);
        return TrendsResponse.of(t);
    }

    @GET
    @Path("streak")
    @Operation(summary = "Current and longest streak in my time zone, and milestones reached")
    @APIResponse(responseCode = "200", description = "The streak")
    public StreakResponse streak(@QueryParam("timeZone") String timeZone) {
        ZoneId zone = null;
        if (timeZone != null) {
            try {
                zone = ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw invalid("timeZone", "must be an IANA time zone such as Europe/Berlin");
            }
        }
        Streak s = moods.streak(tenant.slug(), caller.personId(), zone);
        List<MilestoneView> reached = moods.milestones(tenant.slug(), caller.personId()).stream().map(m -> new MilestoneView(m.days(), m.reachedAt())).toList();
        return new StreakResponse(s.current(), s.longest(), s.lastCheckIn(), reached, s.nextMilestone());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my check-ins")
    @APIResponse(responseCode = "200", description = "The check-in")
    @APIResponse(responseCode = "404", description = "No such check-in of yours (problem+json)")
    public MoodResponse get(@PathParam("id") String id) {
        return MoodResponse.of(moods.get(tenant.slug(), caller.personId(), uuid(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one of my check-ins")
    @APIResponse(responseCode = "200", description = "The changed check-in")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json)")
    @APIResponse(responseCode = "404", description = "No such check-in of yours (problem+json)")
    public MoodResponse update(@PathParam("id") String id, MoodRequest request) {
        UUID entry = uuid(id);
        return MoodResponse.of(moods.update(tenant.slug(), caller.personId(), entry, body(request).validated(null)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one of my check-ins")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such check-in of yours (problem+json)")
    public Response delete(@PathParam("id") String id) {
        moods.delete(tenant.slug(), caller.personId(), uuid(id));
        return Response.noContent().build();
    }

    /** Far beyond any check-in, yet far from where date arithmetic overflows (year ±999,999,999). */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2999;

    static MoodRequest body(MoodRequest request) {
        if (request == null) {
            throw invalid("body", "is required");
        }
        return request;
    }

    static UUID uuid(String id) {
        return Ids.parse(id, "There is no such check-in of yours.");
    }

    private static LocalDate date(String field, String value) {
        try {
            LocalDate date = value == null ? null : LocalDate.parse(value);
            if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
                throw invalid(field, "must be a date from " + MIN_YEAR + " to " + MAX_YEAR);
            }
            return date;
        } catch (DateTimeException e) {
            throw invalid(field, "must be a date like 2026-11-26");
        }
    }

    static ProblemException invalid(String field, String message) {
        return ProblemException.invalid(List.of(new Problem.FieldError(field, message)));
    }
}
