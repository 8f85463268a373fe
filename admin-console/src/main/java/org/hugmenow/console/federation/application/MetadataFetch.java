package org.hugmenow.console.federation.application;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.hugmenow.platform.refusal.Refusal;

/**
 * Fetches a customer's discovery document, key set or metadata: http(s) only, short timeouts, at
 * most 1 MiB, no redirects to follow blindly. Every failure is an answer an IT admin can act on.
 */
final class MetadataFetch {

    static final int MAX_BYTES = 1 << 20;
    // Redirects are not followed: each address is checked before it is fetched.
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private MetadataFetch() {
    }

    /**
     * The URL if it is http(s) and, unless {@code allowPrivate}, its host resolves to public
     * addresses only: an admin-supplied URL must not make the server fetch from its own network
     * (loopback, private ranges, link-local such as cloud metadata services).
     */
    static URI address(String field, String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw Refusal.invalid(field, "must be an http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw Refusal.invalid(field, "must be an http or https URL");
        }
        if (!allowPrivate) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                            || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal(address)) {
                        throw Refusal.invalid(field, "must be a public address (" + uri.getHost() + " is in a private network)");
                    }
                }
            } catch (UnknownHostException e) {
                throw Refusal.unprocessable("The host " + uri.getHost() + " of " + field + " is unknown.");
            }
        }
        return uri;
    }

    /** IPv6 unique local addresses (fc00::/7), which Java does not count as site-local. */
    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    static String get(String what, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json, application/samlmetadata+xml, application/xml, text/xml").GET().build();
        try {
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 == 3) {
                    throw Refusal.unprocessable("The " + what + " at " + uri + " redirects to "
                            + response.headers().firstValue("Location").orElse("another address") + "; give that address instead.");
                }
                if (response.statusCode() != 200) {
                    throw Refusal.unprocessable("The " + what + " at " + uri + " answered HTTP " + response.statusCode() + ".");
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw Refusal.unprocessable("The " + what + " at " + uri + " is larger than 1 MiB.");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw Refusal.unprocessable("The " + what + " at " + uri + " could not be fetched: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.unavailable("Interrupted while fetching the " + what + ".");
        }
    }
}
