package org.hugmenow.hr.connector.spi;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;

/** The JSON requests connectors send through {@link VendorHttp}, built afresh for every attempt. */
public final class JsonRequests {

    private JsonRequests() {
    }

    public static Supplier<HttpRequest.Builder> get(URI uri, String authorization) {
        return () -> HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET();
    }

    /**
     * Sends the body as {@code application/json} exactly: some vendors (BambooHR) read the body
     * as JSON only without a charset parameter. {@code authorization} null sends none.
     */
    public static Supplier<HttpRequest.Builder> post(URI uri, String authorization, String body) {
        return () -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return request.header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        };
    }

    /** HTTP Basic credentials (RFC 7617), UTF-8 encoded. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
