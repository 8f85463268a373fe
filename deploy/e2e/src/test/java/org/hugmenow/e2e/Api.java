package org.hugmenow.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the app under test, always on 127.0.0.1. */
public final class Api {

    /** HTTP/1.1, as clients behind a TLS-terminating load balancer speak to the app. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final String base;

    /** Arquillian reports the machine's host name; the app listens on loopback only. */
    public Api(URL deployed) {
        this.base = "http://127.0.0.1:" + deployed.getPort();
    }

    public String base() {
        return base;
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Reply post(String path, String token, String json) {
        return send("POST", path, token, json, "application/json");
    }

    public Reply put(String path, String token, String json) {
        return send("PUT", path, token, json, "application/json");
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null, null);
    }

    /** A GET whose body is binary, such as a zip download. */
    public Bytes getBytes(String path, String token) {
        return getBytes(path, token, "*/*");
    }

    /** A binary GET that asks for one media type, such as an XLSX export. */
    public Bytes getBytes(String path, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET()
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Repeats a request until its reply satisfies {@code done}; fails with the last reply after {@code timeout}. */
    public static Reply poll(java.util.function.Supplier<Reply> request, java.util.function.Predicate<Reply> done,
                             Duration timeout, String waitingFor) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Reply last = null;
        while (System.nanoTime() < deadline) {
            last = request.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out waiting for " + waitingFor + "; last reply: " + last);
    }

    public Reply send(String method, String path, String token, String body, String contentType) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return exchange(method, path, headers, body);
    }

    /** Any request with any headers, such as SCIM calls with Basic credentials and If-Match. */
    public Reply exchange(String method, String path, java.util.Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        headers.forEach(request::header);
        if (body != null && body.length() > 65_536) {
            request.expectContinue(true);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        /** The {@code items} of a page such as {@code {items:[...], nextCursor}}. */
        public JsonArray items() {
            return json().getJsonArray("items");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The media type without parameters such as charset. */
        public String contentType() {
            String type = header("Content-Type");
            return type == null ? null : type.split(";")[0].trim();
        }

        private JsonStructure parse() {
            return Json.createReader(new StringReader(body)).read();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public record Bytes(int status, byte[] body, HttpResponse<byte[]> raw) {

        /** The media type without parameters such as charset. */
        public String contentType() {
            String type = raw.headers().firstValue("Content-Type").orElse(null);
            return type == null ? null : type.split(";")[0].trim();
        }

        @Override
        public String toString() {
            return status + " (" + body.length + " bytes)";
        }
    }
}
