package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hugmenow.launcher.LocalPostgres;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A PostgreSQL backend killed with SIGKILL under write load: the postmaster ends every backend
 * and runs crash recovery. Every check-in answered 201 must still be there afterwards, and the
 * app must serve again by itself. Runs on a PostgreSQL of its own, started exactly as ./run.sh
 * starts it (durable), since the shared test server trades durability for speed.
 */
@ExtendWith(ArquillianExtension.class)
class BackendCrashIT {

    private static final int CLIENTS = 6;
    private static final Duration LOAD_BEFORE_CRASH = Duration.ofSeconds(4);
    private static final Duration LOAD_AFTER_CRASH = Duration.ofSeconds(6);

    private static LocalPostgres durable;

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        TestStack stack = TestStack.get();
        durable = LocalPostgres.start(Path.of("target", "e2e-crash-postgres").toAbsolutePath(), TestStack.freePort());
        return stack.deployment(durable);
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (durable != null) {
            durable.close();
        }
    }

    @Test
    void runShPostgresIsDurable() throws Exception {
        assertEquals("on", durable.setting("fsync"), "./run.sh's PostgreSQL must flush to disk");
        assertEquals("on", durable.setting("synchronous_commit"), "a commit is acknowledged only once its WAL is flushed");
    }

    @Test
    void everyAcknowledgedCheckInSurvivesABackendCrashAndServiceResumes() throws Exception {
        Api api = new Api(deployed);
        Tenants tenants = new Tenants(api, TestStack.get());
        String slug = Tenants.uniqueSlug("crash");
        tenants.provision(slug);
        List<WellnessFixtures.Person> people = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            people.add(WellnessFixtures.person(api, tenants, slug, "writer" + i, "employee"));
        }
        String body = WellnessFixtures.mood(3, WellnessFixtures.vocabulary(api, people.get(0).token()).subList(0, 1),
                null, null, null, "UTC").toString();

        CheckInLoad load = CheckInLoad.start(api, people, body);
        Thread.sleep(LOAD_BEFORE_CRASH.toMillis());
        long crashedAt;
        long resetSeenAt;
        try (Connection witness = durable.superuserConnection()) {
            long backend = appBackendPid();
            crashedAt = System.nanoTime();
            ProcessHandle.of(backend).orElseThrow(() -> new AssertionError("backend " + backend + " is gone"))
                    .destroyForcibly();
            assertTrue(crashRecoveryReset(witness), "killing a backend makes the postmaster reset every backend");
            resetSeenAt = System.nanoTime();
        }
        Thread.sleep(LOAD_AFTER_CRASH.toMillis());
        CheckInLoad.Result result = load.stop();

        Set<String> stored = storedIds(slug);
        Set<String> lost = new HashSet<>(result.acknowledged());
        lost.removeAll(stored);
        Duration resumed = result.firstAcknowledged(crashedAt, resetSeenAt);
        System.out.printf("backend crash: %d check-ins acknowledged, %d found, %d lost, %d refused (%s), first 201 %d ms after the kill%n",
                result.acknowledged().size(), result.acknowledged().size() - lost.size(), lost.size(), result.refused(),
                result.refusedStatuses(), resumed == null ? -1 : resumed.toMillis());
        assertTrue(result.acknowledged().size() > 100, "the load really ran: " + result.acknowledged().size());
        assertEquals(Set.of(), lost, "check-ins answered 201 and then lost");
        assertTrue(resumed != null && resumed.compareTo(Duration.ofSeconds(5)) < 0,
                "writes resume without a restart, within 5 s; first 201 after " + resumed);
        assertTrue(result.refusedStatuses().stream().allMatch(s -> s == 503),
                "refusals during the crash are 503, never a 500: " + result.refusedStatuses());
    }

    /** The PID of one of the app's connections: a client backend of the app's database user. */
    private static long appBackendPid() throws SQLException {
        try (Connection c = durable.superuserConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend'"
                     + " AND usename = '" + LocalPostgres.USER + "' ORDER BY state = 'active' DESC, pid LIMIT 1")) {
            assertTrue(r.next(), "the app holds connections");
            return r.getLong(1);
        }
    }

    /** True once a connection opened before the kill is broken: the postmaster reset all backends. */
    private static boolean crashRecoveryReset(Connection witness) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Statement s = witness.createStatement()) {
                s.execute("SELECT 1");
            } catch (SQLException e) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static Set<String> storedIds(String slug) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = durable.superuserConnection();
             PreparedStatement s = c.prepareStatement("SELECT id::text FROM tenant_" + slug.replace('-', '_') + ".mood_entry");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }
}
