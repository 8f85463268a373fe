package org.hugmenow.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keycloak from the keycloak-quarkus-dist archive, in dev mode, bound to 127.0.0.1. Its H2
 * data lives in the distribution folder (or the given data folder), so realms survive restarts.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin-dev";

    private final Path home;
    private final int port;
    private final Path log;
    private Process process;

    public LocalKeycloak(Path home, int port, Path log) {
        this.home = home;
        this.port = port;
        this.log = log;
    }

    /** The unpacked distribution under {@code target/keycloak-dist}, found relative to a module folder. */
    public static Path findDistribution(Path start) throws IOException {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path dist = dir.resolve("deploy/launcher/target/keycloak-dist");
            Path local = dir.resolve("target/keycloak-dist");
            for (Path candidate : List.of(dist, local)) {
                if (Files.isDirectory(candidate)) {
                    try (Stream<Path> children = Files.list(candidate)) {
                        var found = children.filter(p -> Files.exists(p.resolve("bin/kc.sh"))).findFirst();
                        if (found.isPresent()) {
                            return found.get();
                        }
                    }
                }
            }
        }
        throw new IOException("Keycloak distribution not found; run 'mvn -pl deploy/launcher -am package' first");
    }

    public LocalKeycloak start() throws IOException, InterruptedException {
        Path kc = home.resolve("bin/kc.sh");
        kc.toFile().setExecutable(true);
        ProcessBuilder builder = new ProcessBuilder(kc.toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname-strict=false",
                "--health-enabled=true", "--http-management-port=" + (port + 1000));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = builder.start();
        awaitReady(Duration.ofSeconds(180));
        return this;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        ReadinessProbe.awaitOk(url() + "/realms/master", process, "Keycloak", timeout, log);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Stops Keycloak and waits for it to exit, by PID. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
