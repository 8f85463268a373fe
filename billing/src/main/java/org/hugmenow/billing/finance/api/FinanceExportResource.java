package org.hugmenow.billing.finance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.billing.finance.application.FinanceExports;
import org.hugmenow.billing.finance.domain.Export;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.security.Roles;

/** Finance's monthly exports as files: invoices, and seats by cost centre and department. Never any wellness data. */
@Path("/v1/billing/exports")
@RequestScoped
@RolesAllowed({Roles.FINANCE, Roles.HR_ADMIN})
@Tag(name = "Billing")
public class FinanceExportResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject FinanceExports exports;
    @Inject RequestTenant tenant;

    @GET
    @Path("invoices")
    @Produces({CSV, XLSX})
    @Operation(summary = "The invoices created in a month")
    public Response invoices(@QueryParam("month") String month, @QueryParam("format") String format) {
        return file(exports.invoices(tenant.tenant(), month(month), xlsx(format)));
    }

    @GET
    @Path("seats")
    @Produces({CSV, XLSX})
    @Operation(summary = "Active people by cost centre and department as the month ended (this month: now)")
    public Response seats(@QueryParam("month") String month, @QueryParam("format") String format) {
        return file(exports.seats(tenant.tenant(), month(month), xlsx(format)));
    }

    private static Response file(Export export) {
        return Response.ok(export.body()).type(export.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    private static YearMonth month(String value) {
        if (value == null) {
            return YearMonth.now(java.time.ZoneOffset.UTC);
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("month", "must be a month such as 2026-12");
        }
    }

    private static boolean xlsx(String format) {
        if (format == null || format.equals("csv")) {
            return false;
        }
        if (format.equals("xlsx")) {
            return true;
        }
        throw Refusal.invalid("format", "must be csv or xlsx");
    }
}
