package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.hugmenow.launcher.LocalPostgres;
import org.junit.jupiter.api.Test;

/**
 * Team insights' rollups follow check-ins through the running app's outbox: a check-in recorded,
 * changed or deleted over the API is reflected in insights_person_period within 5 s, and a person
 * added to a team through the directory API gets a current membership row with that team.
 */
class InsightsRollupsIT extends DeployedAppIT {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Test
    void aCheckInIsReflectedInTheRollupsWithinFiveSeconds() throws Exception {
        String slug = Tenants.uniqueSlug("insights");
        tenants.provision(slug);
        WellnessFixtures.Person ana = WellnessFixtures.person(api, tenants, slug, "ana", "employee");

        Api.Reply created = api.post("/api/v1/moods", ana.token(),
                "{\"score\":4,\"emotions\":[\"calm\"],\"timeZone\":\"UTC\",\"recordedAt\":\"2026-11-02T10:00:00Z\",\"note\":\"mine\"}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        await(slug, "SELECT count(*) FROM insights_person_period WHERE person_id = ? AND period_start = DATE '2026-11-02'"
                + " AND grain = 'day' AND checkins = 1 AND score_sum = 4", ana.id, "the recorded check-in");

        Api.Reply changed = api.put("/api/v1/moods/" + id, ana.token(),
                "{\"score\":2,\"emotions\":[\"tired\"],\"timeZone\":\"UTC\",\"recordedAt\":\"2026-11-02T10:00:00Z\"}");
        assertEquals(200, changed.status(), changed::toString);
        await(slug, "SELECT count(*) FROM insights_person_period WHERE person_id = ? AND grain = 'month'"
                + " AND period_start = DATE '2026-11-01' AND score_sum = 2 AND emotions = '{tired}'", ana.id, "the changed check-in");

        assertEquals(204, api.delete("/api/v1/moods/" + id, ana.token()).status());
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (count(slug, "SELECT count(*) FROM insights_person_period WHERE person_id = ?", ana.id) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the deleted check-in still counts after " + WITHIN.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    private static void await(String slug, String sql, String personId, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (count(slug, sql, personId) != 1) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WITHIN.toSeconds() + " s: " + what);
            }
            Thread.sleep(50);
        }
    }

    private static long count(String slug, String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestStack.get().postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            c.createStatement().execute("SET search_path TO tenant_" + slug.replace('-', '_'));
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
