package org.hugmenow.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs SAP's SCIMono compliance suite ({@code com.sap.scimono:scimono-compliance-tests:0.0.24},
 * shaded jar) as its own process against a deployed app, with Basic auth, and reads its verdicts.
 * The tests we judge wrong by the RFCs are listed, each with its reason and RFC section, in
 * {@code scimono-judged-wrong.txt}; the README carries the same list.
 */
final class ScimonoSuite {

    private static final Pattern VERDICT = Pattern.compile("Test: (.+) - (SUCCESSFUL|FAILED|ABORTED)$");
    private static final List<Pattern> JUDGED_WRONG = judgedWrong();

    /**
     * Aborted tests did not run: their assumptions about existing data (users with an
     * organization, groups with members) do not hold in a fresh tenant. They are reported, not
     * judged; every failed test must be one the README judges wrong by the RFCs.
     */
    record Result(int successful, List<String> failed, List<String> aborted) {
        String summary() {
            return successful + " of " + (successful + failed.size() + aborted.size()) + " passed; " + failed.size()
                    + " failed, each judged wrong by the RFCs in the README; " + aborted.size() + " aborted (assumed data missing): " + aborted;
        }
    }

    private ScimonoSuite() {
    }

    static Result run(String scimUrl, String clientId, String secret, Path report) throws IOException, InterruptedException {
        String jar = System.getProperty("hugmenow.scimono.jar");
        // The suite's Jersey 2 client patches HttpURLConnection reflectively for PATCH.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.net=ALL-UNNAMED", "--add-opens", "java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "-jar", jar, "scim.service.url=" + scimUrl, "auth.type=basic",
                "basic.auth.user=" + clientId, "basic.auth.password=" + secret)
                .redirectErrorStream(true).redirectOutput(report.toFile()).start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("SCIMono did not finish within 15 minutes; see " + report);
        }
        int successful = 0;
        List<String> failed = new ArrayList<>();
        List<String> aborted = new ArrayList<>();
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            Matcher m = VERDICT.matcher(line.strip());
            if (m.find()) {
                switch (m.group(2)) {
                    case "SUCCESSFUL" -> successful++;
                    case "ABORTED" -> aborted.add(m.group(1));
                    default -> failed.add(m.group(1));
                }
            }
        }
        return new Result(successful, failed, aborted);
    }

    static boolean judgedWrong(String testName) {
        return JUDGED_WRONG.stream().anyMatch(p -> p.matcher(testName).find());
    }

    /** Lines of "pattern :: RFC section :: reason"; only the pattern is used here. */
    private static List<Pattern> judgedWrong() {
        try (InputStream in = ScimonoSuite.class.getResourceAsStream("/scimono-judged-wrong.txt")) {
            List<Pattern> patterns = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    patterns.add(Pattern.compile(line.split("::")[0].strip()));
                }
            }
            return patterns;
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("scimono-judged-wrong.txt is missing from the test resources", e);
        }
    }
}
