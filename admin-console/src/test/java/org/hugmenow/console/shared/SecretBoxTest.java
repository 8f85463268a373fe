package org.hugmenow.console.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static SecretBox box(byte fill) {
        ConsoleConfig config = new ConsoleConfig();
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, fill);
        config.sessionKey = Optional.of(Base64.getEncoder().encodeToString(key));
        SecretBox box = new SecretBox();
        box.config = config;
        return box;
    }

    @Test
    void opensWhatItSealedForTheSameContextOnly() {
        SecretBox box = box((byte) 1);
        byte[] sealed = box.seal("access-token", "session:a");
        assertEquals(Optional.of("access-token"), box.open(sealed, "session:a"));
        assertEquals(Optional.empty(), box.open(sealed, "session:b"));
        assertFalse(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1).contains("access-token"));
    }

    @Test
    void refusesAlteredValuesAndOtherKeys() {
        byte[] sealed = box((byte) 1).seal("refresh-token", "c");
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;
        assertEquals(Optional.empty(), box((byte) 1).open(altered, "c"));
        assertEquals(Optional.empty(), box((byte) 2).open(sealed, "c"));
        assertEquals(Optional.empty(), box((byte) 1).open(new byte[5], "c"));
    }

    @Test
    void isReadyOnlyWithAKey() {
        ConsoleConfig config = new ConsoleConfig();
        config.sessionKey = Optional.empty();
        SecretBox box = new SecretBox();
        box.config = config;
        assertFalse(box.ready());
        assertTrue(box((byte) 3).ready());
    }
}
