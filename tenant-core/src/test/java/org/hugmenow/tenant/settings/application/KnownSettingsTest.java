package org.hugmenow.tenant.settings.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hugmenow.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;

class KnownSettingsTest {

    private static List<String> fields(String key, String value) {
        return KnownSettings.problems(key, value).stream().map(Refusal.FieldError::field).toList();
    }

    @Test
    void knowsExactlyTheKeysTheCodeReads() {
        assertTrue(KnownSettings.kindOf("wellness.hugs.daily-allowance").isPresent());
        assertTrue(KnownSettings.kindOf("directory.deprovisioning").isPresent());
        assertTrue(KnownSettings.kindOf("wellness.crisis-resources").isPresent());
        assertTrue(KnownSettings.kindOf("wellness.crisis-resources.de").isPresent());
        assertTrue(KnownSettings.kindOf("wellness.crisis-resources.deu").isEmpty());
        assertTrue(KnownSettings.kindOf("wellness.crisis-resources.DE").isEmpty());
        assertTrue(KnownSettings.kindOf("welcome.text").isEmpty());
        assertEquals(List.of("key"), fields("welcome.text", "hello"));
    }

    @Test
    void allowanceIsAWholeNumberInRange() {
        assertEquals(List.of(), fields("wellness.hugs.daily-allowance", "3"));
        assertEquals(List.of("value"), fields("wellness.hugs.daily-allowance", "three"));
        assertEquals(List.of("value"), fields("wellness.hugs.daily-allowance", "0"));
        assertEquals(List.of("value"), fields("wellness.hugs.daily-allowance", "1000001"));
    }

    @Test
    void deprovisioningIsKeepOrErase() {
        assertEquals(List.of(), fields("directory.deprovisioning", "erase"));
        assertEquals(List.of("value"), fields("directory.deprovisioning", "shred"));
        assertEquals(List.of("value"), fields("directory.deprovisioning", null));
    }

    @Test
    void crisisResourcesAreAnArrayOfValidEntries() {
        String good = "[{\"name\":\"Acme Care Line\",\"phone\":\"0800 000 111\",\"url\":null,\"text\":\"Our 24/7 line\"},"
                + "{\"name\":\"Web help\",\"phone\":null,\"url\":\"https://help.example\",\"text\":null}]";
        assertEquals(List.of(), fields("wellness.crisis-resources.de", good));
        assertEquals(List.of("value"), fields("wellness.crisis-resources.de", "{not json"));
        assertEquals(List.of("value"), fields("wellness.crisis-resources.de", "[]"));
        assertEquals(List.of("value[0].name"), fields("wellness.crisis-resources", "[{\"phone\":\"112\"}]"));
        assertEquals(List.of("value[0].url"), fields("wellness.crisis-resources", "[{\"name\":\"x\",\"url\":\"http://plain.example\"}]"));
        assertEquals(List.of("value[0].url"), fields("wellness.crisis-resources", "[{\"name\":\"x\",\"url\":\"javascript:alert(1)\"}]"));
        assertEquals(List.of("value[0].phone"), fields("wellness.crisis-resources", "[{\"name\":\"x\",\"phone\":\"call me\"}]"));
        assertEquals(List.of("value[0].phone"), fields("wellness.crisis-resources", "[{\"name\":\"x\"}]"));
        assertEquals(List.of("value[0].extra"), fields("wellness.crisis-resources", "[{\"name\":\"x\",\"phone\":\"112\",\"extra\":1}]"));
        assertEquals(List.of("value[0].name"), fields("wellness.crisis-resources", "[{\"name\":5,\"phone\":\"112\"}]").subList(0, 1));
        assertEquals(List.of("value[0]"), fields("wellness.crisis-resources", "[\"just text\"]"));
    }
}
