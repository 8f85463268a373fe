package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hugmenow.launcher.LocalPostgres;

/** What the insights end-to-end tests share: teams, members who check in, cells of a reply, waiting for the rollups. */
final class InsightsFixtures {

    static final String INSIGHTS = "/api/v1/insights";

    private InsightsFixtures() {
    }

    static String team(Api api, WellnessFixtures.Person hr, String name, String parent) {
        String body = parent == null ? "{\"name\":\"" + name + "\"}" : "{\"name\":\"" + name + "\",\"parentId\":\"" + parent + "\"}";
        Api.Reply r = api.post("/api/v1/directory/teams", hr.token(), body);
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    static void join(Api api, WellnessFixtures.Person hr, String team, WellnessFixtures.Person p) {
        Api.Reply added = api.put("/api/v1/directory/teams/" + team + "/members/" + p.id, hr.token(), null);
        assertEquals(204, added.status(), added::toString);
    }

    static void checkIn(Api api, WellnessFixtures.Person p, int score, Instant at) {
        WellnessFixtures.checkIn(api, p.token(), WellnessFixtures.mood(score, List.of("calm"), "private: " + p.username, null, at, "UTC"));
    }

    static JsonObject cell(Api.Reply r, String segment, String metric) {
        return r.json().getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("segment").equals(segment) && c.getString("metric").equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + segment + " " + metric + " in " + r.body()));
    }

    static boolean shown(JsonObject cell) {
        return !cell.containsKey("hidden") || cell.get("hidden") == JsonValue.NULL;
    }

    static void awaitCount(String slug, String sql, long expected, String what) throws InterruptedException {
        awaitCount(slug, sql, expected, what, Duration.ofSeconds(20));
    }

    static void awaitCount(String slug, String sql, long expected, String what, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        long last = -1;
        while ((last = count(slug, sql)) != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what + " (count " + last + ", expected " + expected + ")");
            }
            Thread.sleep(100);
        }
    }

    static long count(String slug, String sql) {
        try (Connection c = connect(slug); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(String slug, String sql) {
        try (Connection c = connect(slug)) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection connect(String slug) throws SQLException {
        Connection c = DriverManager.getConnection(TestStack.get().postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD);
        c.createStatement().execute("SET search_path TO tenant_" + slug.replace('-', '_'));
        return c;
    }
}
