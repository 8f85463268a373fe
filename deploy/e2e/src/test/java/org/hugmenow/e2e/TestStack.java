package org.hugmenow.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.hugmenow.launcher.DemoSetup;
import org.hugmenow.launcher.KeycloakAdmin;
import org.hugmenow.launcher.LocalKeycloak;
import org.hugmenow.launcher.LocalPostgres;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Real PostgreSQL and a real Keycloak, started once per test JVM (so once per build) and shared
 * by every IT class, each of which deploys the assembled WAR to its own Payara Micro.
 */
public final class TestStack {

    private static TestStack instance;

    public volatile LocalPostgres postgres;
    private final Path postgresData;
    private final int postgresPort;
    public final LocalKeycloak keycloak;
    public final KeycloakAdmin keycloakAdmin;
    public final Path exportDir;

    private TestStack(LocalPostgres postgres, Path postgresData, LocalKeycloak keycloak, Path exportDir) {
        this.postgres = postgres;
        this.postgresData = postgresData;
        this.postgresPort = postgres.port();
        this.keycloak = keycloak;
        this.keycloakAdmin = new KeycloakAdmin(keycloak.url(), LocalKeycloak.ADMIN_USER, LocalKeycloak.ADMIN_PASSWORD);
        this.exportDir = exportDir;
    }

    public static synchronized TestStack get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (Exception e) {
                throw new IllegalStateException("could not start PostgreSQL and Keycloak for the tests", e);
            }
        }
        return instance;
    }

    private static TestStack start() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path work = target.resolve("e2e-stack");
        deleteRecursively(work);
        Files.createDirectories(work);
        // FAST (fsync and synchronous_commit off) for speed: a test stack never outlives a crash of
        // its own PostgreSQL. BackendCrashIT, which is about durability, runs a durable server of its own.
        LocalPostgres postgres = LocalPostgres.start(work.resolve("postgres"), freePort(), LocalPostgres.Durability.FAST);
        Path dist = LocalKeycloak.findDistribution(Path.of(System.getProperty("hugmenow.root", "..")));
        deleteRecursively(dist.resolve("data"));
        LocalKeycloak keycloak = new LocalKeycloak(dist, freePort(), work.resolve("keycloak.log"));
        TestStack stack = new TestStack(postgres, work.resolve("postgres"), keycloak, work.resolve("exports"));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stopQuietly));
        keycloak.start();
        new DemoSetup(stack.keycloakAdmin, keycloak.url(), "http://127.0.0.1").platformRealm();
        return stack;
    }

    /** The assembled WAR, configured to use this stack. */
    public WebArchive deployment() {
        return deployment(postgres);
    }

    /** The assembled WAR on this stack's Keycloak and the given PostgreSQL, for tests that need a server of their own. */
    public WebArchive deployment(LocalPostgres postgres) {
        return deployment(postgres, java.util.Map.of());
    }

    /** The assembled WAR on this stack, with more configuration (for example a fake Stripe's address and keys). */
    public WebArchive deployment(java.util.Map<String, String> extraConfig) {
        return deployment(postgres, extraConfig);
    }

    private WebArchive deployment(LocalPostgres postgres, java.util.Map<String, String> extraConfig) {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, Path.of(System.getProperty("hugmenow.war")).toFile());
        String config = String.join("\n",
                "config_ordinal=500",
                "hugmenow.db.url=" + postgres.jdbcUrl(),
                "hugmenow.db.user=" + LocalPostgres.USER,
                "hugmenow.db.password=" + LocalPostgres.PASSWORD,
                "hugmenow.keycloak.url=" + keycloak.url(),
                "hugmenow.keycloak.admin-username=" + LocalKeycloak.ADMIN_USER,
                "hugmenow.keycloak.admin-password=" + LocalKeycloak.ADMIN_PASSWORD,
                "hugmenow.keycloak.timeout-ms=5000",
                // The tests' own password-grant client (see Tenants.provision) keeps its grant.
                "hugmenow.keycloak.password-grant-clients=hugmenow-dev",
                "hugmenow.auth.clock-skew-seconds=0",
                "hugmenow.auth.jwks-refresh-min-seconds=1",
                "hugmenow.lifecycle.retry-seconds=3",
                "hugmenow.offboarding.grace-seconds=6",
                "hugmenow.offboarding.export-dir=" + exportDir,
                "hugmenow.wellness.notes-key=" + org.hugmenow.launcher.NotesKey.random(),
                "hugmenow.directory.secrets-key=" + org.hugmenow.launcher.NotesKey.random(),
                "hugmenow.console.session-key=" + org.hugmenow.launcher.NotesKey.random(),
                "") + extraConfig.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + "\n")
                        .collect(java.util.stream.Collectors.joining());
        return war.addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
    }

    public void stopPostgres() throws IOException {
        postgres.close();
    }

    /** Starts PostgreSQL again on the same port and data, as after an outage. */
    public void startPostgres() throws Exception {
        postgres = LocalPostgres.start(postgresData, postgresPort, LocalPostgres.Durability.FAST);
    }

    private void stopQuietly() {
        try {
            keycloak.stop();
            postgres.close();
        } catch (Exception e) {
            System.err.println("stopping the test stack: " + e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }
}
