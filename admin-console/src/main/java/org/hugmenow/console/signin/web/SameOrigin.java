package org.hugmenow.console.signin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * The second line against cross-site requests (the first is the Faces view state, bound to the
 * container session): a state-changing request whose Origin (or, without one, Referer) names
 * another site is refused. Requests that carry neither are left to the view state.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean accepts(HttpServletRequest request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return origin == null;
            }
            origin = originOf(referer);
        }
        return origin != null && origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String ownOrigin(HttpServletRequest request) {
        String callback = SignInFlow.callbackUrl(request);
        return originOf(callback);
    }
}
