package org.hugmenow.console.signin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hugmenow.console.shared.SecretBox;
import org.hugmenow.console.signin.application.SignInService;
import org.hugmenow.console.signin.application.SignInTarget;
import org.hugmenow.console.signin.domain.SignInAttempt;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.refusal.Refusal;

/** The browser's side of sign-in: the redirect to the identity provider, and its callback. */
@ApplicationScoped
public class SignInFlow {

    static final String CALLBACK = "/console/callback";
    private static final ContextLogger LOG = ContextLogger.of(SignInFlow.class);
    private static final int ATTEMPT_COOKIE_SECONDS = 600;
    private static final int SESSION_COOKIE_SECONDS = -1;
    /** A provider alias as enterprise sign-in makes them; anything else is not passed on. */
    private static final String IDP_HINT = "[a-z0-9][a-z0-9-]{0,39}";

    @Inject SignInService signIn;
    @Inject SecretBox box;

    /** Sends the browser to the tenant's issuer, or to the front door when the slug names no active tenant. */
    void startTenant(HttpServletRequest request, HttpServletResponse response, String slug) throws IOException {
        Optional<SignInTarget> target = signIn.tenantTarget(slug);
        if (target.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/console/index.xhtml?unknown=1");
            return;
        }
        String hint = request.getParameter("idp");
        start(request, response, target.get(), hint != null && hint.matches(IDP_HINT) ? hint : null);
    }

    void startPlatform(HttpServletRequest request, HttpServletResponse response) throws IOException {
        start(request, response, signIn.platformTarget(), null);
    }

    private void start(HttpServletRequest request, HttpServletResponse response, SignInTarget target, String idpHint)
            throws IOException {
        if (!box.ready()) {
            response.sendError(503, "The console is not configured for sign-in (hugmenow.console.session-key).");
            return;
        }
        try {
            SignInService.Started started = signIn.start(target, callbackUrl(request), idpHint);
            ConsoleCookies.write(request, response, ConsoleCookies.ATTEMPT, ConsoleCookies.sealAttempt(box, started.attempt()),
                    ATTEMPT_COOKIE_SECONDS);
            response.sendRedirect(started.authorizationUrl());
        } catch (Refusal unavailable) {
            response.sendRedirect(request.getContextPath() + "/console/index.xhtml?unavailable=1");
        }
    }

    /** Finishes a sign-in: a fresh session (and a fresh container session id, against fixation), then home. */
    void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignInAttempt> attempt = ConsoleCookies.read(request, ConsoleCookies.ATTEMPT)
                .flatMap(sealed -> ConsoleCookies.openAttempt(box, sealed));
        ConsoleCookies.clear(request, response, ConsoleCookies.ATTEMPT);
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        if (attempt.isEmpty() || state == null || code == null || !sameValue(state, attempt.get().state())) {
            response.sendRedirect(request.getContextPath() + "/console/index.xhtml?failed=1");
            return;
        }
        Optional<SignInService.SignedIn> signedIn;
        try {
            signedIn = signIn.finish(attempt.get(), code, callbackUrl(request));
        } catch (Refusal unavailable) {
            response.sendRedirect(request.getContextPath() + "/console/index.xhtml?unavailable=1");
            return;
        }
        if (signedIn.isEmpty()) {
            LOG.info("a console sign-in was refused at the callback");
            response.sendRedirect(request.getContextPath() + "/console/index.xhtml?failed=1");
            return;
        }
        HttpSession before = request.getSession(false);
        if (before != null) {
            before.invalidate();
        }
        ConsoleCookies.write(request, response, ConsoleCookies.SESSION, signedIn.get().sessionId(), SESSION_COOKIE_SECONDS);
        response.sendRedirect(request.getContextPath() + "/console/home.xhtml");
    }

    /**
     * Where the provider sends the browser back: this request's own origin, which the provider
     * checks against the client's registered redirect URIs, so a forged Host header gains nothing.
     */
    static String callbackUrl(HttpServletRequest request) {
        return org.hugmenow.console.shared.ConsoleOrigin.of(request) + CALLBACK;
    }

    private static boolean sameValue(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
