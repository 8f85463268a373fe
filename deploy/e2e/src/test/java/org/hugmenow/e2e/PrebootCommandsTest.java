package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Payara the end-to-end tests run is the plain payara-micro.jar, not hugmenow.jar, so it does
 * not get the jar's packed pre-boot commands: its preboot.txt must repeat every one of them.
 */
class PrebootCommandsTest {

    @Test
    void theTestPayaraGetsEveryProductionPrebootCommand() throws Exception {
        List<String> production = commands(Path.of("../app/src/main/payara/pre-boot-commands.txt"));
        List<String> tests = commands(Path.of("src/test/resources/preboot.txt"));
        assertTrue(production.size() >= 7, production::toString);
        for (String command : production) {
            assertTrue(tests.contains(command), "preboot.txt lacks: " + command);
        }
    }

    @Test
    void theTestPayaraGetsEveryProductionPostDeployCommand() throws Exception {
        List<String> production = commands(Path.of("../app/src/main/payara/post-deploy-commands.txt"));
        List<String> tests = commands(Path.of("src/test/resources/postdeploy.txt"));
        assertTrue(production.size() >= 4, production::toString);
        assertTrue(tests.containsAll(production) && production.containsAll(tests), () -> tests + " vs " + production);
    }

    private static List<String> commands(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
