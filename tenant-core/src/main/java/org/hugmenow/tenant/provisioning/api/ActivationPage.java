package org.hugmenow.tenant.provisioning.api;

/**
 * Minimal, self-contained HTML for the activation page; every dynamic value is escaped. The page
 * has no script at all and one inline style sheet, so its Content-Security-Policy allows exactly
 * that style (by hash), posting the form to this origin, and nothing else.
 */
final class ActivationPage {

    private static final String STYLE = "body{font-family:sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem}"
            + "label{display:block;margin:1rem 0}input{display:block;width:100%;padding:.5rem}"
            + "button{padding:.6rem 1.2rem}.error{color:#a00}";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private ActivationPage() {
    }

    static String form(String token, String error) {
        return page("Set your password", (error == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>")
                + "<form method=\"post\" action=\"activation\">"
                + "<input type=\"hidden\" name=\"token\" value=\"" + escape(token) + "\">"
                + "<label>New password <input type=\"password\" name=\"password\" minlength=\"12\" required autocomplete=\"new-password\"></label>"
                + "<label>Repeat it <input type=\"password\" name=\"confirm\" minlength=\"12\" required autocomplete=\"new-password\"></label>"
                + "<button type=\"submit\">Set password</button></form>");
    }

    static String done(String message) {
        return page("Password set", "<p>" + escape(message) + "</p>");
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>HugMeNow: " + escape(title)
                + "</title><meta name=\"viewport\" content=\"width=device-width\"><style>" + STYLE + "</style></head><body><h1>" + escape(title) + "</h1>" + body
                + "</body></html>";
    }

    /** The CSP source expression for an inline element's exact text (CSP Level 2 hash source). */
    static String sha256(String inline) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(inline.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "sha256-" + java.util.Base64.getEncoder().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
