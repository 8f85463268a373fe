package org.hugmenow.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The demo seeds' calls to the app's public API as a signed-in person; anything but 2xx stops the seed. */
final class DemoApi {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String appUrl;

    DemoApi(String appUrl) {
        this.appUrl = appUrl;
    }

    HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        return send(method, path, token, json, "application/json");
    }

    HttpResponse<String> send(String method, String path, String token, String json, String type) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
