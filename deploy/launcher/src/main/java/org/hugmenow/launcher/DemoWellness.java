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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo content for a first local run, made through the public API as the demo people: a team,
 * a connection, two weeks of Emma's check-ins and a hug. Runs once: a tenant with teams is left alone.
 */
final class DemoWellness {

    private static final String[][] WEEKS = {
            {"4", "calm,grateful", "7.5", "30"}, {"3", "tired", "6", "0"}, {"2", "stressed,anxious", "5.5", "0"},
            {"4", "motivated", "7", "45"}, {"5", "joyful,energized", "8", "60"}, {"3", "okay", "6.5", "20"}, {"4", "content", "7", "30"}};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String keycloakUrl;
    private final String appUrl;

    DemoWellness(String keycloakUrl, String appUrl) {
        this.keycloakUrl = keycloakUrl;
        this.appUrl = appUrl;
    }

    void seed(String slug, String password) throws IOException, InterruptedException {
        Map<String, String> tokens = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (String user : DemoSetup.ACME_USERS.keySet()) {
            tokens.put(user, Tokens.passwordGrant(keycloakUrl, slug, user, password));
            ids.put(user, json(send("GET", "/api/v1/me", tokens.get(user), null)).getString("userId"));
        }
        String hanna = tokens.get("hanna");
        if (!send("GET", "/api/v1/directory/teams", hanna, null).body().equals("[]")) {
            return;
        }
        String team = json(send("POST", "/api/v1/directory/teams", hanna, "{\"name\":\"Product\"}")).getString("id");
        for (String member : List.of("emma", "tom", "hanna", "fiona")) {
            send("PUT", "/api/v1/directory/teams/" + team + "/members/" + ids.get(member), hanna, null);
        }
        String connection = json(send("POST", "/api/v1/connections", tokens.get("emma"), "{\"personId\":\"" + ids.get("tom") + "\"}")).getString("id");
        send("POST", "/api/v1/connections/" + connection + "/accept", tokens.get("tom"), null);
        send("PUT", "/api/v1/connections/" + connection + "/sharing", tokens.get("emma"), "{\"level\":\"summary\"}");
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(14));
        for (int day = 0; day < 14; day++) {
            String[] d = WEEKS[day % WEEKS.length];
            String emotions = "\"" + String.join("\",\"", d[1].split(",")) + "\"";
            send("POST", "/api/v1/moods", tokens.get("emma"), "{\"score\":" + d[0] + ",\"emotions\":[" + emotions + "],\"timeZone\":\"Europe/Berlin\","
                    + "\"factors\":{\"sleepHours\":" + d[2] + ",\"exerciseMinutes\":" + d[3] + "},\"recordedAt\":\"" + start.plus(Duration.ofDays(day)) + "\"}");
        }
        send("POST", "/api/v1/hugs", tokens.get("tom"), "{\"recipientId\":\"" + ids.get("emma") + "\",\"type\":\"thank-you\","
                + "\"message\":\"Thanks for covering the release on Friday!\"}");
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
