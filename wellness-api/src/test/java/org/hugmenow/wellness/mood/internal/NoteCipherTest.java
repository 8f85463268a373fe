package org.hugmenow.wellness.mood.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.junit.jupiter.api.Test;

class NoteCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final NoteCipher cipher = new NoteCipher(KEY);
    private final TenantSlug acme = new TenantSlug("acme");
    private final TenantSlug globex = new TenantSlug("globex");

    @Test
    void aNoteSurvivesTheRoundTripAndIsNotStoredInClear() {
        String note = "Rough day. <script>alert(1)</script> ünïcödé";
        byte[] sealed = cipher.encrypt(acme, "emma", note);
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("Rough"));
        assertEquals(note, cipher.decrypt(acme, "emma", sealed));
    }

    @Test
    void theSameNoteEncryptsDifferentlyEachTime() {
        byte[] a = cipher.encrypt(acme, "emma", "same");
        byte[] b = cipher.encrypt(acme, "emma", "same");
        assertFalse(java.util.Arrays.equals(a, b), "a fresh IV per note");
    }

    @Test
    void anotherTenantsKeyCannotOpenIt() {
        byte[] sealed = cipher.encrypt(acme, "emma", "private");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(globex, "emma", sealed));
    }

    @Test
    void aNoteMovedToAnotherPersonsRowCannotBeOpened() {
        byte[] sealed = cipher.encrypt(acme, "emma", "private");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(acme, "tom", sealed));
    }

    @Test
    void noNoteStaysNoNote() {
        assertArrayEquals(null, cipher.encrypt(acme, "emma", null));
        assertEquals(null, cipher.decrypt(acme, "emma", null));
    }
}
