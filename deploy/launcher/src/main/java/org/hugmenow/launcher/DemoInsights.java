package org.hugmenow.launcher;

import jakarta.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A demo organization worth looking at in team insights: 60 people in 8 teams with departments
 * and managers (set over SCIM, as an identity provider would), and three months of
 * check-ins and hugs made through the public API as the people themselves. Support's mood sinks
 * over the last months, so the alert rule has something to find. Deterministic (a fixed seed), and
 * made once: a tenant whose directory already has the colleagues is left alone.
 */
final class DemoInsights {

    static final int COLLEAGUES = 55;
    private static final int DAYS = 92;
    private static final String SCIM_JSON = "application/scim+json";
    private static final String[] TEAMS = {"Apps", "Platform", "Sales", "Marketing", "Support", "People", "Finance", "Design"};
    private static final String[] DEPARTMENTS = {"Engineering", "Engineering", "Revenue", "Revenue", "Customer", "Operations", "Operations", "Engineering"};
    private static final double[] BASE_MOOD = {3.9, 3.6, 3.4, 3.8, 3.7, 4.0, 3.5, 3.9};
    private static final String[] NAMES = {"Ada", "Ben", "Carla", "Dev", "Elif", "Finn", "Greta", "Hugo", "Ines", "Jon", "Kira",
            "Luca", "Mara", "Nils", "Olga", "Pia", "Quinn", "Rosa", "Sami", "Tara", "Uwe", "Vera", "Wim", "Xena", "Yusuf", "Zoe"};
    private static final String[] EMOTIONS = {"calm", "grateful", "tired", "stressed", "motivated", "joyful", "content", "anxious", "focused"};

    private final KeycloakAdmin keycloak;
    private final String keycloakUrl;
    private final DemoApi api;

    DemoInsights(KeycloakAdmin keycloak, String keycloakUrl, String appUrl) {
        this.keycloak = keycloak;
        this.keycloakUrl = keycloakUrl;
        this.api = new DemoApi(appUrl);
    }

    /** Each team's first colleague reports to tom (the demo team lead), the others to that first colleague. */
    void seed(String slug, String password) throws Exception {
        String hanna = Tokens.passwordGrant(keycloakUrl, slug, "hanna", password);
        String ivan = Tokens.passwordGrant(keycloakUrl, slug, "ivan", password);
        String tom = DemoApi.json(api.send("GET", "/api/v1/me", Tokens.passwordGrant(keycloakUrl, slug, "tom", password), null)).getString("userId");
        // Seeded before: the directory shows the first colleague's name (given name and "Demo").
        if (api.send("GET", "/api/v1/directory/people?q=" + NAMES[0], hanna, null).body().contains("\"" + NAMES[0] + " Demo\"")) {
            return;
        }
        // The demo's teams of seven read as noise at the default ε = 1; an hr-admin may raise it (README, "Noise").
        api.send("PATCH", "/api/v1/insights/settings", hanna, "{\"epsilon\":20}");
        Random random = new Random(20261204L);
        String scim = DemoApi.json(api.send("POST", "/api/v1/admin/scim-tokens", ivan, "{\"kind\":\"token\",\"label\":\"Demo HR import\"}")).getString("token");
        List<List<String>> teams = new ArrayList<>();
        List<String> people = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        for (int t = 0; t < TEAMS.length; t++) {
            teams.add(new ArrayList<>());
        }
        for (int i = 0; i < COLLEAGUES; i++) {
            int t = i % TEAMS.length;
            String username = (NAMES[i % NAMES.length] + "-" + String.format("%02d", i)).toLowerCase();
            String lead = teams.get(t).isEmpty() ? tom : teams.get(t).get(0);
            String id = provision(scim, username, user(slug, username, NAMES[i % NAMES.length], t, lead));
            teams.get(t).add(id);
            people.add(id);
            usernames.add(username);
        }
        for (int t = 0; t < TEAMS.length; t++) {
            var members = Json.createArrayBuilder();
            teams.get(t).forEach(id -> members.add(Json.createObjectBuilder().add("value", id)));
            try {
                api.send("POST", "/scim/v2/Groups", scim, Json.createObjectBuilder()
                        .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:schemas:core:2.0:Group"))
                        .add("displayName", TEAMS[t]).add("members", members).build().toString());
            } catch (java.io.IOException refused) {
                if (!refused.getMessage().contains(" answered 409")) {
                    throw refused; // a 409: the team was made by a seeding cut short
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                int person = i;
                long seed = random.nextLong();
                work.add(pool.submit(() -> {
                    checkIns(slug, usernames.get(person), password, person % TEAMS.length, new Random(seed), people, people.get(person));
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A colleague's id; one a seeding cut short had already provisioned is found by userName instead. */
    private String provision(String scim, String username, String user) throws Exception {
        try {
            return DemoApi.json(api.send("POST", "/scim/v2/Users", scim, user, SCIM_JSON)).getString("id");
        } catch (java.io.IOException refused) {
            if (!refused.getMessage().contains(" answered 409")) {
                throw refused;
            }
            String filter = java.net.URLEncoder.encode("userName eq \"" + username + "\"", java.nio.charset.StandardCharsets.UTF_8);
            return DemoApi.json(api.send("GET", "/scim/v2/Users?filter=" + filter, scim, null)).getJsonArray("Resources")
                    .getJsonObject(0).getString("id");
        }
    }

    private String user(String slug, String username, String given, int team, String manager) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:schemas:core:2.0:User")
                        .add("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"))
                .add("userName", username)
                .add("name", Json.createObjectBuilder().add("givenName", given).add("familyName", "Demo"))
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", username + "@" + slug + ".example")
                        .add("type", "work").add("primary", true)))
                .add("active", true)
                .add("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", Json.createObjectBuilder()
                        .add("department", DEPARTMENTS[team]).add("manager", Json.createObjectBuilder().add("value", manager)))
                .build().toString();
    }

    /** About five check-ins a week for three months; Support's mood sinks in the last two months. */
    private void checkIns(String slug, String username, String password, int team, Random random, List<String> people, String self)
            throws Exception {
        String token = signIn(slug, username, password);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int back = DAYS; back >= 1; back--) {
            if (random.nextDouble() > 0.7) {
                continue;
            }
            double drift = TEAMS[team].equals("Support") && back < 60 ? -1.4 * (60 - back) / 60.0 : 0;
            int score = (int) Math.max(1, Math.min(5, Math.round(BASE_MOOD[team] + drift + random.nextGaussian() * 0.8)));
            String e1 = EMOTIONS[random.nextInt(EMOTIONS.length)];
            String e2 = EMOTIONS[random.nextInt(EMOTIONS.length)];
            double sleep = Math.round((6 + random.nextDouble() * 2.5 + (score - 3) * 0.3) * 2) / 2.0;
            int exercise = random.nextInt(5) * 15;
            Instant at = today.minusDays(back).atTime(8 + random.nextInt(10), random.nextInt(60)).toInstant(ZoneOffset.UTC);
            api.send("POST", "/api/v1/moods", token, "{\"score\":" + score + ",\"emotions\":[\"" + e1 + "\"" + (e1.equals(e2) ? "" : ",\"" + e2 + "\"")
                    + "],\"timeZone\":\"Europe/Berlin\",\"factors\":{\"sleepHours\":" + sleep + ",\"exerciseMinutes\":" + exercise
                    + "},\"recordedAt\":\"" + at + "\"}");
        }
        for (int h = 0; h < 3; h++) {
            String to = people.get(random.nextInt(people.size()));
            if (to.equals(self)) {
                continue;
            }
            api.send("POST", "/api/v1/hugs", token, "{\"recipientId\":\"" + to + "\",\"type\":\"thank-you\",\"message\":\"Thanks for your help!\"}");
        }
    }

    /** SCIM makes the realm user a moment later; the demo password is set once it is there. */
    private String signIn(String slug, String username, String password) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                keycloak.setPassword(slug, username, password);
                return Tokens.passwordGrant(keycloakUrl, slug, username, password);
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }
}
