package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** While PostgreSQL is down the app answers a clear 503, keeps what it accepted, and recovers by itself. */
class DatabaseOutageIT extends DeployedAppIT {

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversWithoutRestart() throws Exception {
        String admin = tenants.provisionWithUser("dbout", "hanna", List.of("hr-admin")).token();
        assertEquals(200, api.put("/api/v1/tenant/settings/kept", admin, "{\"value\":\"accepted before the outage\"}").status());

        stack.stopPostgres();
        try {
            Api.Reply during = api.get("/api/v1/tenant/settings/kept", admin);
            assertEquals(503, during.status(), during::toString);
            assertEquals("application/problem+json", during.contentType());
            assertTrue(during.header("Retry-After") != null);
            assertTrue(!during.body().contains("Exception") && !during.body().contains("jdbc"), during.body());
            Api.Reply ready = api.get("/health/ready", null);
            assertEquals(503, ready.status(), "readiness reports the database: " + ready);
        } finally {
            stack.startPostgres();
        }

        Api.Reply after = Api.poll(() -> api.get("/api/v1/tenant/settings/kept", admin), r -> r.status() == 200,
                Duration.ofSeconds(30), "the app to recover after PostgreSQL is back");
        assertEquals("accepted before the outage", after.json().getString("value"));
    }
}
