package org.hugmenow.billing.subscription.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.billing.subscription.domain.InvoiceState;
import org.hugmenow.platform.db.Sql;

/** {@code platform.billing_invoice}: the tenant's invoices as Stripe last described them. */
@ApplicationScoped
public class InvoiceStore {

    private static final String COLUMNS = "id, number, status, amount_due, amount_paid, currency, period_start, period_end,"
            + " created_at, hosted_url, pdf_url";

    public Optional<String> status(Connection c, String invoiceId) throws SQLException {
        return Sql.one(c, "SELECT status FROM platform.billing_invoice WHERE id = ?", r -> r.getString(1), invoiceId);
    }

    /**
     * Stores the invoice unless what is stored is newer or settled: paid and void are final, and
     * an event older than the stored one describes a state already left behind.
     */
    public boolean save(Connection c, UUID tenantId, InvoiceState i, long version) throws SQLException {
        return Sql.update(c, "INSERT INTO platform.billing_invoice (id, tenant_id, number, status, amount_due, amount_paid, currency,"
                + " period_start, period_end, created_at, hosted_url, pdf_url, state_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET number = coalesce(excluded.number, billing_invoice.number), status = excluded.status,"
                + " amount_due = excluded.amount_due, amount_paid = excluded.amount_paid, hosted_url = excluded.hosted_url,"
                + " pdf_url = excluded.pdf_url, state_version = excluded.state_version"
                + " WHERE billing_invoice.status NOT IN ('paid', 'void') AND billing_invoice.state_version <= excluded.state_version",
                i.id(), tenantId, i.number(), i.status(), i.amountDue(), i.amountPaid(), i.currency(), i.periodStart(), i.periodEnd(),
                i.created(), i.hostedUrl(), i.pdfUrl(), version) == 1;
    }

    /** Invoices that are still owed after a failed attempt (open, not paid or voided). */
    public long unpaid(Connection c, UUID tenantId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM platform.billing_invoice WHERE tenant_id = ? AND status IN ('open', 'uncollectible')", tenantId);
    }

    public List<InvoiceState> list(Connection c, UUID tenantId, int limit) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM platform.billing_invoice WHERE tenant_id = ? ORDER BY created_at DESC, id LIMIT ?",
                InvoiceStore::invoice, tenantId, limit);
    }

    /** Invoices created in [from, to), oldest first, for finance exports. */
    public List<InvoiceState> created(Connection c, UUID tenantId, java.time.Instant from, java.time.Instant to) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM platform.billing_invoice WHERE tenant_id = ? AND created_at >= ? AND created_at < ?"
                + " ORDER BY created_at, id", InvoiceStore::invoice, tenantId, from, to);
    }

    private static InvoiceState invoice(ResultSet r) throws SQLException {
        return new InvoiceState(r.getString("id"), null, r.getString("number"), r.getString("status"), r.getLong("amount_due"),
                r.getLong("amount_paid"), r.getString("currency"), Sql.instant(r, "period_start"), Sql.instant(r, "period_end"),
                Sql.instant(r, "created_at"), r.getString("hosted_url"), r.getString("pdf_url"));
    }
}
