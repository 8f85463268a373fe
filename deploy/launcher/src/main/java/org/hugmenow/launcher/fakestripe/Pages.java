package org.hugmenow.launcher.fakestripe;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The hosted pages a person sees: Checkout's pay page, the customer portal and invoices, each labelled as a stand-in. */
final class Pages {

    private static final String BANNER = "<p class=\"banner\" role=\"note\"><strong>Local stand-in for Stripe</strong>: no real payment"
            + " is taken and no card is asked for. Real installations send people to Stripe's own pages.</p>";

    private Pages() {
    }

    static void serve(FakeStripe fake, HttpExchange exchange, String method, String path) throws IOException {
        String[] parts = path.split("/");
        if (parts.length >= 3 && parts[1].equals("pay")) {
            pay(fake, exchange, method, parts[2]);
        } else if (parts.length >= 3 && parts[1].equals("portal")) {
            portal(fake, exchange, method, parts[2], parts.length > 3 ? parts[3] : null);
        } else if (parts.length >= 3 && parts[1].equals("invoice")) {
            invoice(fake, exchange, parts[2], parts.length > 3 && parts[3].equals("pdf"));
        } else {
            html(exchange, 404, "Not found", "<h1>Not found</h1>");
        }
    }

    private static void pay(FakeStripe fake, HttpExchange exchange, String method, String id) throws IOException {
        Ledger.Session session = fake.openSession(id);
        if (session == null) {
            html(exchange, 404, "Not found", "<h1>This checkout does not exist</h1>");
            return;
        }
        if (method.equals("POST")) {
            fake.completeCheckout(id);
            redirect(exchange, session.successUrl.replace("{CHECKOUT_SESSION_ID}", id));
            return;
        }
        Ledger.Price price = fake.price(session.price);
        String amount = money(session.quantity * price.unitAmount(), price.currency());
        html(exchange, 200, "Pay for " + escape(price.productName()), "<h1>Subscribe to " + escape(price.productName()) + "</h1>"
                + "<p>" + session.quantity + " seats × " + money(price.unitAmount(), price.currency()) + " per " + price.interval()
                + " = <strong>" + amount + "</strong> per " + price.interval() + "</p>"
                + (session.trialDays == null ? "" : "<p>Free trial: " + session.trialDays + " days</p>")
                + "<form method=\"post\" action=\"/pay/" + id + "\"><button type=\"submit\" id=\"pay\">Pay " + amount + "</button></form>"
                + (session.cancelUrl == null ? "" : "<p><a id=\"cancel\" href=\"" + escape(session.cancelUrl) + "\">Cancel and go back</a></p>"));
    }

    private static void portal(FakeStripe fake, HttpExchange exchange, String method, String id, String action) throws IOException {
        Ledger.Portal portal = fake.portalSession(id);
        if (portal == null) {
            html(exchange, 404, "Not found", "<h1>This portal session does not exist</h1>");
            return;
        }
        Ledger.Subscription s = fake.subscriptionOf(portal.customer());
        if (method.equals("POST") && s != null && ("cancel".equals(action) || "reactivate".equals(action))) {
            fake.setCancelAtPeriodEnd(s.id, "cancel".equals(action));
            redirect(exchange, "/portal/" + id);
            return;
        }
        StringBuilder body = new StringBuilder("<h1>Manage your subscription</h1>");
        if (s == null) {
            body.append("<p>No active subscription.</p>");
        } else {
            body.append("<dl><dt>Plan</dt><dd>").append(escape(s.price.productName())).append("</dd><dt>Seats</dt><dd>").append(s.quantity)
                    .append("</dd><dt>Status</dt><dd>").append(s.status).append("</dd><dt>Current period ends</dt><dd>")
                    .append(Instant.ofEpochSecond(s.periodEnd)).append("</dd><dt>Cancels at period end</dt><dd>")
                    .append(s.cancelAtPeriodEnd ? "yes" : "no").append("</dd></dl>");
            String next = s.cancelAtPeriodEnd ? "reactivate" : "cancel";
            body.append("<form method=\"post\" action=\"/portal/").append(id).append('/').append(next).append("\"><button type=\"submit\" id=\"")
                    .append(next).append("\">").append(s.cancelAtPeriodEnd ? "Keep subscription" : "Cancel at period end")
                    .append("</button></form>");
        }
        body.append("<p><a id=\"return\" href=\"").append(escape(portal.returnUrl())).append("\">Return to HugMeNow</a></p>");
        html(exchange, 200, "Customer portal", body.toString());
    }

    private static void invoice(FakeStripe fake, HttpExchange exchange, String id, boolean pdf) throws IOException {
        Ledger.Invoice invoice = fake.invoiceById(id);
        if (invoice == null) {
            html(exchange, 404, "Not found", "<h1>This invoice does not exist</h1>");
            return;
        }
        String text = "Invoice " + invoice.number + ": " + invoice.description + ", " + money(invoice.amountDue, invoice.currency)
                + ", " + invoice.status;
        if (pdf) {
            byte[] bytes = Pdf.of(text);
            exchange.getResponseHeaders().add("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            return;
        }
        html(exchange, 200, "Invoice " + invoice.number, "<h1>Invoice " + escape(invoice.number) + "</h1><p>" + escape(text) + "</p>");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }

    private static void html(HttpExchange exchange, int status, String title, String main) throws IOException {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,"
                + " initial-scale=1\"><title>" + escape(title) + " · Stripe stand-in</title><style>body{font-family:sans-serif;max-width:40rem;"
                + "margin:2rem auto;padding:0 1rem;color:#1a1a1a}.banner{background:#fff3cd;border:1px solid #8a6d00;padding:.75rem}"
                + "button{font-size:1rem;padding:.5rem 1rem;background:#3b2fc9;color:#fff;border:0;border-radius:4px}"
                + "a{color:#2a1fa8}</style></head><body><main>" + BANNER + main + "</main></body></html>";
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        FakeStripe.respond(exchange, status, page);
    }

    static String money(long cents, String currency) {
        return String.format("%d.%02d %s", cents / 100, cents % 100, currency.toUpperCase());
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The smallest valid one-page PDF that shows a line of text, for the invoice's PDF link. */
    static final class Pdf {
        private Pdf() {
        }

        static byte[] of(String line) {
            String text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
            String content = "BT /F1 12 Tf 50 750 Td (" + text + ") Tj ET";
            String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
            StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
            int[] offsets = new int[objects.length];
            for (int i = 0; i < objects.length; i++) {
                offsets[i] = pdf.length();
                pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
            }
            int xref = pdf.length();
            pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
            for (int offset : offsets) {
                pdf.append(String.format("%010d 00000 n \n", offset));
            }
            pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}
