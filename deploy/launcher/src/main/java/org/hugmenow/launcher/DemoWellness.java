package org.hugmenow.launcher;

import java.io.IOException;
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

    private final String keycloakUrl;
    private final DemoApi api;

    DemoWellness(String keycloakUrl, String appUrl) {
        this.keycloakUrl = keycloakUrl;
        this.api = new DemoApi(appUrl);
    }

    void seed(String slug, String password) throws IOException, InterruptedException {
        Map<String, String> tokens = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (String user : DemoSetup.ACME_USERS.keySet()) {
            tokens.put(user, Tokens.passwordGrant(keycloakUrl, slug, user, password));
            ids.put(user, DemoApi.json(api.send("GET", "/api/v1/me", tokens.get(user), null)).getString("userId"));
        }
        String hanna = tokens.get("hanna");
        if (!api.send("GET", "/api/v1/directory/teams", hanna, null).body().equals("[]")) {
            return;
        }
        String team = DemoApi.json(api.send("POST", "/api/v1/directory/teams", hanna, "{\"name\":\"Product\"}")).getString("id");
        for (String member : List.of("emma", "tom", "hanna", "fiona")) {
            api.send("PUT", "/api/v1/directory/teams/" + team + "/members/" + ids.get(member), hanna, null);
        }
        String connection = DemoApi.json(api.send("POST", "/api/v1/connections", tokens.get("emma"), "{\"personId\":\"" + ids.get("tom") + "\"}")).getString("id");
        api.send("POST", "/api/v1/connections/" + connection + "/accept", tokens.get("tom"), null);
        api.send("PUT", "/api/v1/connections/" + connection + "/sharing", tokens.get("emma"), "{\"level\":\"summary\"}");
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(14));
        for (int day = 0; day < 14; day++) {
            String[] d = WEEKS[day % WEEKS.length];
            String emotions = "\"" + String.join("\",\"", d[1].split(",")) + "\"";
            api.send("POST", "/api/v1/moods", tokens.get("emma"), "{\"score\":" + d[0] + ",\"emotions\":[" + emotions + "],\"timeZone\":\"Europe/Berlin\","
                    + "\"factors\":{\"sleepHours\":" + d[2] + ",\"exerciseMinutes\":" + d[3] + "},\"recordedAt\":\"" + start.plus(Duration.ofDays(day)) + "\"}");
        }
        api.send("POST", "/api/v1/hugs", tokens.get("tom"), "{\"recipientId\":\"" + ids.get("emma") + "\",\"type\":\"thank-you\","
                + "\"message\":\"Thanks for covering the release on Friday!\"}");
    }
}
