package org.hugmenow.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TenantSlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"acme", "a1b", "globex-corp", "abcdefghijabcdefghijabcdefghijabcdefghij", "123"})
    void acceptsLowercaseLettersDigitsAndDashes(String slug) {
        assertTrue(TenantSlug.problemWith(slug).isEmpty(), slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Acme", "acme corp", "-acme", "acme-", "ac--me", "acme_corp", "ac.me", "acmé"})
    void refusesEverythingElse(String slug) {
        assertTrue(TenantSlug.problemWith(slug).isPresent(), slug);
        assertThrows(IllegalArgumentException.class, () -> new TenantSlug(slug));
    }

    @Test
    void refusesTooLongSlugs() {
        assertTrue(TenantSlug.problemWith("x".repeat(41)).orElseThrow().contains("3 to 40"));
    }

    @Test
    void refusesReservedWordsAndSaysSo() {
        for (String reserved : TenantSlug.RESERVED) {
            if (TenantSlug.problemWith(reserved).isPresent()) {
                continue;
            }
            throw new AssertionError(reserved + " should be refused");
        }
        assertTrue(TenantSlug.problemWith("platform").orElseThrow().contains("reserved"));
        assertTrue(TenantSlug.problemWith(null).isPresent());
    }

    @Test
    void schemaNameNeedsNoQuoting() {
        assertEquals("tenant_globex_corp", new TenantSlug("globex-corp").schemaName());
        assertEquals("tenant_acme", new TenantSlug("acme").schemaName());
    }
}
