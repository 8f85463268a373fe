package org.hugmenow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;

/**
 * What a request line and headers may hold before any code reads them. The container's own
 * limits are set high (pre-boot commands) so that oversize requests reach this check and get a
 * problem document instead of the container's empty 400.
 */
public final class RequestLimits {

    /** Why a request is refused: status, a sentence for the caller, and the parameter or header at fault. */
    public record Refusal(int status, String detail, String field) {
    }

    private final int maxQueryChars;
    private final int maxHeaderChars;

    public RequestLimits(int maxQueryChars, int maxHeaderChars) {
        this.maxQueryChars = maxQueryChars;
        this.maxHeaderChars = maxHeaderChars;
    }

    /** Set once a request passed, so the filter does not repeat what the authentication mechanism checked. */
    private static final String PASSED = RequestLimits.class.getName() + ".passed";

    /**
     * The first refusal of the request, checked once however many layers ask: the authentication
     * mechanism runs before any filter, but not for every request (error dispatches), so both ask.
     */
    public Optional<Refusal> check(HttpServletRequest request) {
        if (request.getAttribute(PASSED) != null) {
            return Optional.empty();
        }
        Optional<Refusal> refusal = firstRefusal(request);
        if (refusal.isEmpty()) {
            request.setAttribute(PASSED, Boolean.TRUE);
        }
        return refusal;
    }

    private Optional<Refusal> firstRefusal(HttpServletRequest request) {
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                if (value.length() > maxHeaderChars) {
                    return Optional.of(new Refusal(431, "The header '" + name + "' is longer than " + maxHeaderChars
                            + " characters.", name));
                }
            }
        }
        String path = percentDecode(request.getRequestURI(), false);
        if (path == null || hasControl(path)) {
            return Optional.of(new Refusal(400, "The path contains a control character or invalid percent-encoding.", "path"));
        }
        return checkQuery(request.getQueryString());
    }

    Optional<Refusal> checkQuery(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        if (query.length() > maxQueryChars) {
            return Optional.of(new Refusal(414, "The query string is longer than " + maxQueryChars + " characters.", "query"));
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = percentDecode(rawName, true);
            String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1), true);
            if (name == null || value == null) {
                return Optional.of(new Refusal(400, "The query parameter '" + printable(rawName)
                        + "' is not valid percent-encoded UTF-8.", printable(rawName)));
            }
            if (hasControl(name) || hasControl(value)) {
                String shown = printable(name);
                return Optional.of(new Refusal(400, "The query parameter '" + shown
                        + "' contains a control character (such as %00); remove it.", shown));
            }
        }
        return Optional.empty();
    }

    /** Percent-decodes strictly: a bad escape or bytes that are not UTF-8 give null rather than a guess. */
    static String percentDecode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        byte[] utf8 = raw.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b == '%') {
                if (i + 2 >= utf8.length) {
                    return null;
                }
                int high = Character.digit(utf8[i + 1], 16);
                int low = Character.digit(utf8[i + 2], 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(plusIsSpace && b == '+' ? ' ' : b);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** C0 controls and DEL: never meaningful in a name, search text or id, and NUL breaks PostgreSQL text. */
    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** A parameter name as it may be echoed: controls shown as '?', and never long. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(64).forEach(c -> shown.appendCodePoint(c < 0x20 || c == 0x7f ? '?' : c));
        return shown.toString();
    }
}
