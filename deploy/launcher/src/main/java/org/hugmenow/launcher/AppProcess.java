package org.hugmenow.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The app's Payara Micro uber-jar as a child process, bound to 127.0.0.1, no clustering, no phone-home. */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int metricsPort;

    private AppProcess(Process process, int port, int metricsPort) {
        this.process = process;
        this.port = port;
        this.metricsPort = metricsPort;
    }

    /**
     * The app's heap. With {@link #MEMORY_LIMITS} and two malloc arenas the whole process stays
     * under 900 MB at its peak (README, "Memory"); the insights cache sizes itself from the heap.
     */
    public static final String HEAP = "512m";

    /** Caps on what the JVM takes beside the heap: class metadata and compiled code. */
    public static final List<String> MEMORY_LIMITS = List.of("-XX:MaxMetaspaceSize=256m", "-XX:ReservedCodeCacheSize=96m");

    /** Starts the process; call {@link #awaitHealthy} next. Returned at once so a caller can always stop it. */
    public static AppProcess launch(Path uberJar, int port, Map<String, String> environment, Path log, String heap)
            throws IOException {
        Path preboot = Files.createTempFile("hugmenow-preboot", ".txt");
        Files.writeString(preboot, bindToLoopback());
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap));
        command.addAll(MEMORY_LIMITS);
        // Extra JVM options for the app alone, for example a flight recording while profiling.
        String extra = System.getenv("HUGMENOW_APP_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", uberJar.toString(), "--nohazelcast", "--disablephonehome", "--port", Integer.toString(port),
                "--prebootcommandfile", preboot.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        // glibc gives each busy thread its own malloc arena (64 MB reserved, tens touched); two are plenty here.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        // The jar's own pre-boot commands open /metrics on a listener of its own (ADR 0008): loopback here.
        int metricsPort = Integer.parseInt(environment.getOrDefault("HUGMENOW_METRICS_PORT",
                System.getenv().getOrDefault("HUGMENOW_METRICS_PORT", Integer.toString(freePort()))));
        builder.environment().put("HUGMENOW_METRICS_PORT", Integer.toString(metricsPort));
        builder.environment().put("HUGMENOW_METRICS_ADDRESS", "127.0.0.1");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new AppProcess(builder.start(), port, metricsPort);
    }

    /** Pre-boot commands that keep every listener on loopback (the jar's own commands add the hardening). */
    public static String bindToLoopback() {
        return "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1\n"
                + "set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=127.0.0.1\n"
                + "set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.enabled=false\n";
    }

    public void awaitHealthy(Duration timeout, Path log) throws IOException, InterruptedException {
        ReadinessProbe.awaitOk(url() + "/health/ready", process, "the app", timeout, log);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Where the scraper reads metrics; not served on {@link #url()}. */
    public String metricsUrl() {
        return "http://127.0.0.1:" + metricsPort + "/metrics";
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
