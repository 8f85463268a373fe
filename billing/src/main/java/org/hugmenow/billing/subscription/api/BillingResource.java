package org.hugmenow.billing.subscription.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.billing.subscription.application.BillingService;
import org.hugmenow.billing.subscription.domain.BillingOverview;
import org.hugmenow.billing.subscription.domain.InvoiceState;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.web.Validation;

/** The tenant's plan, seats and invoices for finance (hr-admins too), and the ways to pay through Stripe. */
@Path("/v1/billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.HR_ADMIN})
@Tag(name = "Billing")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not finance or an hr-admin of a tenant (problem+json)")
public class BillingResource {

    private static final int MAX_LIMIT = 100;

    @Inject BillingService billing;
    @Inject RequestTenant tenant;

    public record CheckoutRequest(String plan, String interval) {
    }

    /** Where to send the person's browser next (Stripe's hosted page). */
    public record Redirect(String url) {
    }

    public record InvoiceList(List<InvoiceView> items) {
    }

    public record InvoiceView(String id, String number, String status, long amountDue, long amountPaid, String currency,
                              java.time.Instant periodStart, java.time.Instant periodEnd, java.time.Instant created,
                              String hostedUrl, String pdfUrl) {
        static InvoiceView of(InvoiceState i) {
            return new InvoiceView(i.id(), i.number(), i.status(), i.amountDue(), i.amountPaid(), i.currency(), i.periodStart(),
                    i.periodEnd(), i.created(), i.hostedUrl(), i.pdfUrl());
        }
    }

    @GET
    @Operation(summary = "Plan, status, seats now and billed, period, notices and the plans sold online")
    @APIResponse(responseCode = "200", description = "The overview")
    public BillingOverview overview() {
        return billing.overview(tenant.tenant());
    }

    @POST
    @Path("checkout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start Stripe Checkout for a plan (subscription per active person); returns the page to open")
    @APIResponse(responseCode = "200", description = "The Checkout page's URL")
    @APIResponse(responseCode = "400", description = "Unknown plan or interval, or one not sold online (problem+json)")
    @APIResponse(responseCode = "409", description = "Already subscribed: use the customer portal (problem+json)")
    @APIResponse(responseCode = "503", description = "Billing not configured, or Stripe unreachable (problem+json)")
    public Redirect checkout(CheckoutRequest body) {
        new Validation().require(body != null, "body", "is required").throwIfInvalid();
        return new Redirect(billing.checkout(tenant.tenant(), body.plan(), body.interval()));
    }

    @POST
    @Path("portal")
    @Operation(summary = "Open Stripe's Customer Portal (payment methods, invoices, cancellation); returns the page to open")
    @APIResponse(responseCode = "200", description = "The portal's URL")
    @APIResponse(responseCode = "409", description = "No billing account yet (problem+json)")
    @APIResponse(responseCode = "503", description = "Billing not configured, or Stripe unreachable (problem+json)")
    public Redirect portal() {
        return new Redirect(billing.portal(tenant.tenant()));
    }

    @GET
    @Path("invoices")
    @Operation(summary = "The tenant's invoices, newest first, with Stripe's hosted page and PDF")
    @APIResponse(responseCode = "200", description = "Invoices")
    @APIResponse(responseCode = "400", description = "Invalid limit (problem+json)")
    public InvoiceList invoices(@QueryParam("limit") Integer limit) {
        new Validation().require(limit == null || (limit >= 1 && limit <= MAX_LIMIT), "limit", "must be 1 to " + MAX_LIMIT).throwIfInvalid();
        return new InvoiceList(billing.invoices(tenant.tenant(), limit == null ? MAX_LIMIT : limit).stream().map(InvoiceView::of).toList());
    }

    @GET
    @Path("upcoming-invoice")
    @Operation(summary = "The next invoice as Stripe previews it")
    @APIResponse(responseCode = "200", description = "The upcoming invoice (no id yet)")
    @APIResponse(responseCode = "404", description = "No subscription (problem+json)")
    @APIResponse(responseCode = "503", description = "Billing not configured, or Stripe unreachable (problem+json)")
    public InvoiceView upcoming() {
        return InvoiceView.of(billing.upcoming(tenant.tenant()));
    }
}
