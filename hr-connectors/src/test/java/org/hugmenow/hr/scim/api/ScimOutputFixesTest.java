package org.hugmenow.hr.scim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScimOutputFixesTest {

    @Test
    void addsTheUtcOffsetToMetaTimestampsOnly() {
        String json = "{\"meta\":{\"created\":\"2026-11-26T13:02:37.349369\",\"lastModified\":\"2026-11-26T13:02:38\"},"
                + "\"title\":\"2026-11-26T13:02:37\"}";
        assertEquals("{\"meta\":{\"created\":\"2026-11-26T13:02:37.349369Z\",\"lastModified\":\"2026-11-26T13:02:38Z\"},"
                + "\"title\":\"2026-11-26T13:02:37\"}", ScimOutputFixes.withOffsets(json));
    }

    @Test
    void leavesTimestampsWithAnOffsetAlone() {
        String json = "{\"created\":\"2026-11-26T13:02:37+01:00\",\"lastModified\":\"2026-11-26T13:02:37Z\"}";
        assertEquals(json, ScimOutputFixes.withOffsets(json));
    }

    @Test
    void writesBulkStatusesAsStrings() {
        String json = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkResponse\"],"
                + "\"Operations\":[{\"status\":{\"code\":\"201\"}},{\"status\" : { \"code\" : 409 }}]}";
        assertEquals("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkResponse\"],"
                + "\"Operations\":[{\"status\":\"201\"},{\"status\" : \"409\"}]}", ScimOutputFixes.withOffsets(json));
    }
}
