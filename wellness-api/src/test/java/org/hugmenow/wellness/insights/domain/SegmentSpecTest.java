package org.hugmenow.wellness.insights.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentSpecTest {

    private static final String TEAM = "2b7f1c7e-4a53-4a8e-9d59-0f8f4b2c3d10";

    @Test
    void oneGroupOfFiltersHasOneCanonicalIdWhateverTheOrderAsked() {
        SegmentSpec a = SegmentSpec.parse("loc:Berlin&dept:Sales");
        SegmentSpec b = SegmentSpec.parse("dept:Sales&loc:Berlin");
        assertEquals("dept:Sales&loc:Berlin", a.id());
        assertEquals(a, b);
        assertEquals(a.segmentId(), b.segmentId());
        assertEquals("team-tree:" + TEAM + "&tenure:1-2y", SegmentSpec.parse("tenure:1-2y&team-tree:" + TEAM.toUpperCase()).id());
    }

    @Test
    void theTenantIsTheSegmentWithoutFilters() {
        assertTrue(SegmentSpec.parse("tenant").isTenant());
        assertEquals("tenant", SegmentSpec.TENANT.id());
    }

    @Test
    void valuesArePercentEncodedCanonicallyAndDecodedStrictly() {
        SegmentSpec spec = SegmentSpec.parse("dept:R%26D&loc:New York");
        assertEquals(List.of("R&D", "New York"), spec.attributes().stream().map(Attribute::value).toList());
        assertEquals("dept:R%26D&loc:New%20York", spec.id());
        assertEquals(spec, SegmentSpec.parse(spec.id()));
        assertEquals("loc:M%C3%BCnchen", SegmentSpec.parse("loc:M%c3%bcnchen").id());
        assertInvalid("dept:R%2");
        assertInvalid("dept:R%ZZ");
        assertInvalid("loc:M%C3");
        assertInvalid("loc:München");
    }

    @Test
    void atMostFourAttributesEachKindOnce() {
        String four = "team:" + TEAM + "&dept:A&loc:B&tenure:2-5y";
        assertEquals(4, SegmentSpec.parse(four).attributes().size());
        assertInvalid(four + "&line:0123456789abcdef");
        assertInvalid("dept:A&dept:B");
        assertInvalid("team:" + TEAM + "&team-tree:" + TEAM);
        assertInvalid("line:0123456789abcdef&line-all:0123456789abcdef");
    }

    @Test
    void malformedIdsAreRefusedWithTheSegmentField() {
        for (String bad : new String[] {"", " ", "tenant&dept:A", "dept", "dept:", ":A", "boss:A", "team:not-a-uuid",
                "tenure:3y", "line:Alice", "dept:A&", "&dept:A"}) {
            InsightsInputException e = assertThrows(InsightsInputException.class, () -> SegmentSpec.parse(bad), bad);
            assertEquals("segment", e.field());
        }
        assertInvalid(null);
        assertInvalid("dept:" + "x".repeat(201));
    }

    private static void assertInvalid(String text) {
        assertThrows(InsightsInputException.class, () -> SegmentSpec.parse(text), String.valueOf(text));
    }
}
