package org.hugmenow.billing.subscription.domain;

import java.time.Instant;

/** A Stripe invoice as finance sees it. Amounts are in the currency's smallest unit (cents). */
public record InvoiceState(String id, String customerId, String number, String status, long amountDue, long amountPaid,
                           String currency, Instant periodStart, Instant periodEnd, Instant created, String hostedUrl,
                           String pdfUrl) {

    /** Paid and voided invoices never change again; a late event about them changes nothing. */
    public boolean settled() {
        return "paid".equals(status) || "void".equals(status);
    }
}
