package org.hugmenow.console.billing.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hugmenow.billing.finance.application.FinanceExports;
import org.hugmenow.billing.finance.domain.Export;
import org.hugmenow.billing.subscription.application.BillingService;
import org.hugmenow.billing.subscription.domain.BillingOverview;
import org.hugmenow.billing.subscription.domain.InvoiceState;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;

/**
 * Finance's billing page (hr-admins too): plan, seats, notices, invoices, upgrading through Stripe
 * Checkout, the Customer Portal and the monthly exports. Every action checks the role again and
 * works on the signed-in person's own tenant only.
 */
@Named("billing")
@ViewScoped
public class BillingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MONTHS_OFFERED = 12;

    @Inject BillingService service;
    @Inject FinanceExports exports;
    @Inject SignedInUser user;

    private transient BillingOverview overview;
    private transient List<InvoiceState> invoices;
    private String offer;
    private String month = YearMonth.now(ZoneOffset.UTC).toString();
    private String format = "csv";
    private String checkout;

    public BillingOverview getOverview() {
        allowed();
        if (overview == null) {
            overview = service.overview(user.tenant());
        }
        return overview;
    }

    public List<InvoiceState> getInvoices() {
        allowed();
        if (invoices == null) {
            invoices = service.invoices(user.tenant(), 24);
        }
        return invoices;
    }

    /** Shown once after Stripe sends the person back. */
    public void onLoad() {
        if ("done".equals(checkout)) {
            Messages.info("billing.checkoutDone");
        } else if ("cancelled".equals(checkout)) {
            Messages.info("billing.checkoutCancelled");
        }
    }

    public void upgrade() throws IOException {
        allowed();
        String[] chosen = offer == null ? new String[0] : offer.split(":");
        try {
            String url = service.checkout(user.tenant(), chosen.length > 0 ? chosen[0] : null, chosen.length > 1 ? chosen[1] : null,
                    returnUrl());
            FacesContext.getCurrentInstance().getExternalContext().redirect(url);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public void manage() throws IOException {
        allowed();
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(service.portal(user.tenant(), returnUrl()));
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public void downloadInvoices() throws IOException {
        allowed();
        send(exports.invoices(user.tenant(), YearMonth.parse(month), "xlsx".equals(format)));
    }

    public void downloadSeats() throws IOException {
        allowed();
        try {
            send(exports.seats(user.tenant(), YearMonth.parse(month), "xlsx".equals(format)));
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    private static void send(Export export) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(export.contentType());
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
        response.setResponseContentLength(export.body().length);
        response.getResponseOutputStream().write(export.body());
        faces.responseComplete();
    }

    /** This page at the origin the person is using, as the console's sign-in callback is. */
    private static String returnUrl() {
        jakarta.servlet.http.HttpServletRequest request =
                (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return org.hugmenow.console.shared.ConsoleOrigin.of(request) + "/console/finance/billing.xhtml";
    }

    private void allowed() {
        user.require(Roles.FINANCE, Roles.HR_ADMIN);
    }

    /** The last twelve months, newest first, for the exports. */
    public List<String> getMonths() {
        List<String> months = new ArrayList<>();
        YearMonth m = YearMonth.now(ZoneOffset.UTC);
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(m.minusMonths(i).toString());
        }
        return months;
    }

    public String getOffer() {
        return offer;
    }

    public void setOffer(String offer) {
        this.offer = offer;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = getMonths().contains(month) ? month : this.month;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = "xlsx".equals(format) ? "xlsx" : "csv";
    }

    public String getCheckout() {
        return checkout;
    }

    public void setCheckout(String checkout) {
        this.checkout = checkout;
    }
}
