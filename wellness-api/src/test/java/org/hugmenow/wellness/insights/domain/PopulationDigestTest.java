package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.InsightsFixtures.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationDigestTest {

    @Test
    void countsTheSymmetricDifferenceEitherWay() {
        PopulationDigest a = PopulationDigest.of(1, 2, 3, 4);
        PopulationDigest b = PopulationDigest.of(3, 4, 5);
        assertEquals(3, a.symmetricDifferenceSize(b));
        assertEquals(3, b.symmetricDifferenceSize(a));
        assertEquals(0, a.symmetricDifferenceSize(PopulationDigest.of(4, 3, 2, 1, 1)));
    }

    @Test
    void subtractsAndUnites() {
        PopulationDigest a = PopulationDigest.of(1, 2, 3, 4);
        assertEquals(PopulationDigest.of(1, 2), a.minus(PopulationDigest.of(3, 4, 9)));
        assertEquals(PopulationDigest.of(1, 2, 3, 4, 5), PopulationDigest.union(List.of(a, PopulationDigest.of(4, 5))));
        assertEquals(0, PopulationDigest.union(List.of()).size());
    }

    @Test
    void tagsDependOnTheTenantSecretAndHideThePersonKey() {
        PersonTagger acme = new PersonTagger(SECRET);
        PersonTagger other = new PersonTagger("another-tenant-secret-of-32-byte".getBytes(StandardCharsets.UTF_8));
        assertEquals(acme.tag("person-1"), new PersonTagger(SECRET).tag("person-1"), "stable for one tenant");
        assertNotEquals(acme.tag("person-1"), other.tag("person-1"), "unlinkable across tenants");
        assertNotEquals(acme.tag("person-1"), acme.tag("person-2"));
        assertEquals(2, acme.digest(List.of("person-1", "person-2", "person-1")).size());
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PersonTagger(new byte[8]));
    }
}
