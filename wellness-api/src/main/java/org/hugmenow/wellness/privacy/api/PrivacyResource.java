package org.hugmenow.wellness.privacy.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.wellness.privacy.application.PrivacyService;
import org.hugmenow.wellness.privacy.domain.Profile;
import org.hugmenow.wellness.privacy.domain.Sharing;
import org.hugmenow.platform.security.Roles;

@Path("/v1/me/privacy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBERS)
@Tag(name = "Me")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not a tenant member's token (problem+json)")
public class PrivacyResource {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Inject PrivacyService privacy;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record QuietHours(String start, String end) {
    }

    public record PrivacyView(String displayName, String pseudonym, boolean usePseudonym, String defaultSharing, String timeZone,
                              String country, QuietHours quietHours) {
        static PrivacyView of(Profile p) {
            return new PrivacyView(p.displayName(), p.pseudonym(), p.usePseudonym(), p.defaultSharing().json(),
                    p.timeZone() == null ? null : p.timeZone().getId(), p.country(),
                    p.quietStart() == null ? null : new QuietHours(p.quietStart().toString(), p.quietEnd().toString()));
        }
    }

    @GET
    @Operation(summary = "My privacy settings: shown name or pseudonym, default sharing, time zone, country, quiet hours")
    @APIResponse(responseCode = "200", description = "The settings")
    public PrivacyView get() {
        return PrivacyView.of(privacy.get(tenant.slug(), caller.personId()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my privacy settings (the whole set)")
    @APIResponse(responseCode = "200", description = "The stored settings")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json)")
    public PrivacyView put(PrivacyView body) {
        new Validation().require(body != null, "body", "is required").throwIfInvalid();
        Validation v = new Validation()
                .require(body.displayName() == null || body.displayName().strip().length() <= 80, "displayName", "must be at most 80 characters")
                .require(body.pseudonym() == null || body.pseudonym().strip().length() <= 80, "pseudonym", "must be at most 80 characters")
                .require(!body.usePseudonym() || (body.pseudonym() != null && !body.pseudonym().isBlank()), "pseudonym", "is required to use a pseudonym")
                .require(body.country() == null || COUNTRIES.contains(body.country()), "country", "must be an ISO 3166 code such as DE");
        Sharing sharing = body.defaultSharing() == null ? Sharing.NONE : Sharing.parse(body.defaultSharing());
        v.require(sharing != null, "defaultSharing", "must be none, summary or full");
        ZoneId zone = null;
        LocalTime start = null;
        LocalTime end = null;
        try {
            zone = body.timeZone() == null ? null : ZoneId.of(body.timeZone());
        } catch (DateTimeException e) {
            v.add("timeZone", "must be an IANA time zone such as Europe/Berlin");
        }
        if (body.quietHours() != null) {
            try {
                start = LocalTime.parse(body.quietHours().start());
                end = LocalTime.parse(body.quietHours().end());
            } catch (DateTimeException | NullPointerException e) {
                v.add("quietHours", "needs start and end as HH:MM, such as 22:00 and 07:00");
            }
        }
        v.throwIfInvalid();
        Profile saved = privacy.save(tenant.slug(), new Profile(caller.personId(), blankToNull(body.displayName()),
                blankToNull(body.pseudonym()), body.usePseudonym(), sharing, zone, body.country(), start, end));
        return PrivacyView.of(saved);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
