package org.hugmenow.e2e.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Load from wrk (Debian package), a native generator that leaves more CPU to the app than a JVM client. */
final class WrkRun {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("([0-9]+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/wrk"));
    }

    static LoadRun.Result run(String name, String url, String token, int clients, Duration duration)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/wrk", "-t2", "-c" + clients,
                "-d" + duration.toSeconds() + "s", "--latency"));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        long errors = find(NON_2XX, out).map(Long::parseLong).orElse(0L);
        return new LoadRun.Result(name, Long.parseLong(find(TOTAL, out).orElseThrow(() -> new IOException(out))), errors,
                Long.parseLong(find(TOTAL, out).orElseThrow()) / Double.parseDouble(find(RATE, out).orElseThrow()),
                percentile(out, "50%"), percentile(out, "99%"));
    }

    private static double percentile(String out, String label) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static java.util.Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }
}
