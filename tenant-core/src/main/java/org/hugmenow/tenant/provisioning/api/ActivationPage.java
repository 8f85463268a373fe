package org.hugmenow.tenant.provisioning.api;

/** Minimal, self-contained HTML for the activation page; every dynamic value is escaped. */
final class ActivationPage {

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
                + "</title><meta name=\"viewport\" content=\"width=device-width\"><style>body{font-family:sans-serif;max-width:28rem;"
                + "margin:4rem auto;padding:0 1rem}label{display:block;margin:1rem 0}input{display:block;width:100%;padding:.5rem}"
                + "button{padding:.6rem 1.2rem}.error{color:#a00}</style></head><body><h1>" + escape(title) + "</h1>" + body
                + "</body></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
