package org.hugmenow.billing.subscription.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.billing.subscription.application.Revenue;
import org.hugmenow.billing.subscription.application.SeatReconciliation;
import org.hugmenow.billing.subscription.domain.RevenueOverview;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;

/** Billing work the platform operator may start by hand. */
@Path("/v1/platform/billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@Tag(name = "Billing")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not a platform operator (problem+json)")
public class BillingOperationsResource {

    @Inject SeatReconciliation reconciliation;
    @Inject Revenue revenue;

    @GET
    @Path("revenue")
    @Operation(summary = "MRR and ARR by plan and currency, trials, past-due tenants and churn in the last 30 days")
    @APIResponse(responseCode = "200", description = "The overview")
    public RevenueOverview revenue() {
        return revenue.overview();
    }

    @POST
    @Path("reconciliation")
    @Operation(summary = "Reconcile every live subscription's seats with Stripe now, as the nightly run does")
    @APIResponse(responseCode = "200", description = "What was checked and corrected")
    @APIResponse(responseCode = "409", description = "Another instance is reconciling (problem+json)")
    @APIResponse(responseCode = "503", description = "Billing not configured, or Stripe unreachable (problem+json)")
    public SeatReconciliation.Report reconcile() {
        return reconciliation.run().orElseThrow(() -> Refusal.conflict("Another instance is reconciling seats right now; try again shortly."));
    }
}
