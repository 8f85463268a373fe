package org.hugmenow.console.signin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RandomValuesTest {

    @Test
    void theS256ChallengeIsTheOneOfRfc7636AppendixB() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                RandomValues.pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    @Test
    void freshValuesAreLongUnpaddedUrlSafeAndDifferent() {
        String one = RandomValues.fresh();
        assertEquals(43, one.length());
        assertTrue(one.matches("[A-Za-z0-9_-]{43}"), one);
        assertNotEquals(one, RandomValues.fresh());
    }
}
