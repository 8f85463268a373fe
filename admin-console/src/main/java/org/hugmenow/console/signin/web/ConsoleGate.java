package org.hugmenow.console.signin.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.hugmenow.console.shared.ConsolePage;
import org.hugmenow.console.signin.application.ConsoleSessions;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.console.signin.domain.SessionCheck;

/**
 * Every request under /console passes here: security headers, a same-origin check on every
 * state-changing request, the sign-in endpoints, and the server-side authorization of every page
 * by role (ConsolePage). A page the person's roles do not open, or another tenant's console URL,
 * gets the refusal page with 403; without a valid session, the front door.
 */
@WebFilter(urlPatterns = {"/console", "/console/*"})
public class ConsoleGate extends HttpFilter {

    static final String REFUSED_PAGE = "/console/refused.xhtml";
    static final String FRONT_DOOR = "/console/index.xhtml";
    /** Request attribute naming why a page was refused, for the refusal page. */
    public static final String REFUSAL_REASON = "org.hugmenow.console.refusal";

    @Inject SignInFlow flow;
    @Inject ConsoleSessions sessions;
    @Inject SignedInUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ConsoleHeaders.apply(response);
        if (!SameOrigin.accepts(request)) {
            response.sendError(403, "Cross-site request refused.");
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        HttpServletResponse pageResponse = ConsoleHeaders.lettingFacesSetThePolicy(response);
        if (path.equals(SignInFlow.CALLBACK)) {
            flow.callback(request, response);
        } else if (path.equals("/console/operators")) {
            flow.startPlatform(request, response);
        } else if (path.startsWith("/console/t/")) {
            tenantEntry(request, pageResponse, slugIn(path));
        } else if (isPublic(path)) {
            publicPage(request, pageResponse, chain, path);
        } else {
            protectedPage(request, pageResponse, chain, path);
        }
    }

    /** A bookmarkable tenant URL: sign in there, or go home when signed in there; another tenant's URL is refused. */
    private void tenantEntry(HttpServletRequest request, HttpServletResponse response, String slug)
            throws IOException, ServletException {
        SessionCheck check = check(request, response);
        if (!check.isValid()) {
            flow.startTenant(request, response, slug);
            return;
        }
        user.signedIn(check.session().get());
        boolean own = !user.isPlatformOperator() && user.slug().value().equals(slug);
        if (own) {
            response.sendRedirect(request.getContextPath() + ConsolePage.HOME.path());
        } else {
            refuse(request, response, "otherTenant");
        }
    }

    private void publicPage(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path)
            throws IOException, ServletException {
        SessionCheck check = check(request, response);
        if (check.isValid()) {
            user.signedIn(check.session().get());
            if (path.equals("/console") || path.equals("/console/") || path.equals(FRONT_DOOR)) {
                response.sendRedirect(request.getContextPath() + ConsolePage.HOME.path());
                return;
            }
        } else if (path.equals("/console") || path.equals("/console/")) {
            response.sendRedirect(request.getContextPath() + FRONT_DOOR);
            return;
        }
        chain.doFilter(request, response);
    }

    private void protectedPage(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path)
            throws IOException, ServletException {
        SessionCheck check = check(request, response);
        if (!check.isValid()) {
            String reason = check.outcome() == SessionCheck.Outcome.NONE ? "" : "?ended=" + check.outcome().name().toLowerCase();
            redirect(request, response, request.getContextPath() + FRONT_DOOR + reason);
            return;
        }
        user.signedIn(check.session().get());
        Optional<ConsolePage> page = ConsolePage.at(path);
        if (page.isEmpty() || !page.get().admits(user.roles())) {
            refuse(request, response, "role");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A Faces ajax request cannot follow an HTTP redirect; it is told in a partial response instead. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.sendRedirect(url);
            return;
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
    }

    private SessionCheck check(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> id = ConsoleCookies.read(request, ConsoleCookies.SESSION);
        if (id.isEmpty()) {
            return SessionCheck.none(SessionCheck.Outcome.NONE);
        }
        SessionCheck check = sessions.check(id.get());
        if (!check.isValid()) {
            ConsoleCookies.clear(request, response, ConsoleCookies.SESSION);
        }
        return check;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException, ServletException {
        response.setStatus(403);
        request.setAttribute(REFUSAL_REASON, reason);
        request.getRequestDispatcher(REFUSED_PAGE).forward(request, response);
    }

    private static boolean isPublic(String path) {
        return path.equals("/console") || path.equals("/console/") || path.equals(FRONT_DOOR) || path.equals(REFUSED_PAGE)
                || path.equals("/console/signed-out.xhtml");
    }

    private static String slugIn(String path) {
        String rest = path.substring("/console/t/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
