package org.hugmenow.billing.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hugmenow.billing.finance.domain.Export;
import org.hugmenow.billing.finance.domain.SeatCount;
import org.hugmenow.billing.finance.persistence.SeatMonthStore;
import org.hugmenow.billing.subscription.application.BillingService;
import org.hugmenow.billing.subscription.domain.InvoiceState;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.Tenant;

/**
 * Finance's exports: invoices of a month, and seats by cost centre and department as the month
 * ended (the current month: as of now). Months are UTC calendar months, like Stripe's dashboard.
 */
@ApplicationScoped
public class FinanceExports {

    private static final List<String> INVOICE_HEADER = List.of("number", "invoice_id", "status", "created", "period_start",
            "period_end", "currency", "amount_due", "amount_paid", "pdf");
    private static final List<String> SEAT_HEADER = List.of("month", "cost_center", "department", "seats");

    @Inject BillingService billing;
    @Inject SeatMonthStore seats;

    public Export invoices(Tenant tenant, YearMonth month, boolean xlsx) {
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<List<Object>> rows = new ArrayList<>();
        for (InvoiceState i : billing.invoicesCreated(tenant, from, to)) {
            rows.add(java.util.Arrays.asList(i.number(), i.id(), i.status(), text(i.created()), text(i.periodStart()), text(i.periodEnd()),
                    i.currency(), major(i.amountDue()), major(i.amountPaid()), i.pdfUrl()));
        }
        return Sheets.write("invoices-" + month, xlsx, INVOICE_HEADER, rows);
    }

    public Export seats(Tenant tenant, YearMonth month, boolean xlsx) {
        YearMonth current = YearMonth.now(ZoneOffset.UTC);
        if (month.isAfter(current)) {
            throw Refusal.invalid("month", "must not be in the future");
        }
        List<SeatCount> counts;
        if (month.equals(current)) {
            counts = seats.countNow(tenant.slug());
            seats.keep(tenant.id(), month.atDay(1), counts);
        } else {
            counts = seats.kept(tenant.id(), month.atDay(1));
        }
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach(c -> rows.add(List.of(month.toString(), c.costCenter(), c.department(), c.seats())));
        return Sheets.write("seats-" + month, xlsx, SEAT_HEADER, rows);
    }

    /** Keeps this month's count for every tenant, so the month can be exported as it ended. */
    public void keepThisMonth(Tenant tenant) {
        seats.keep(tenant.id(), YearMonth.now(ZoneOffset.UTC).atDay(1), seats.countNow(tenant.slug()));
    }

    private static String text(Instant at) {
        return at == null ? "" : at.toString();
    }

    /** Cents as the currency's major unit, exact (Stripe's two-decimal currencies). */
    private static BigDecimal major(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
