package org.hugmenow.hr.scim.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.protocol.ErrorMessageType;
import org.apache.directory.scim.spec.extension.EnterpriseExtension;
import org.apache.directory.scim.spec.filter.Filter;
import org.apache.directory.scim.spec.resources.ScimGroup;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.junit.jupiter.api.Test;

/** Attribute names in any case become the schema's spelling; filters are bounded before parsing. */
class ScimAttributeNamesTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private final AttributeNames names;

    ScimAttributeNamesTest() {
        SchemaRegistry schemas = new SchemaRegistry();
        schemas.addSchema(ScimUser.class, List.of(EnterpriseExtension.class));
        schemas.addSchema(ScimGroup.class, List.of());
        names = new AttributeNames(schemas);
    }

    @Test
    void filtersGetTheSchemasSpellingAndLowerCaseOperators() {
        assertEquals("displayName eq \"DisplayName Eq X\"", names.filter("DisplayName Eq \"DisplayName Eq X\"", ScimUser.SCHEMA_URI));
        assertEquals("meta.created gt \"2020\" and userName pr", names.filter("META.Created GT \"2020\" AND USERNAME PR", ScimUser.SCHEMA_URI));
        assertEquals(ENTERPRISE + ":department eq \"x\"", names.filter(ENTERPRISE.toUpperCase() + ":Department eq \"x\"", ScimUser.SCHEMA_URI));
        assertEquals("emails[type eq \"work\" and value co \"@\"].value",
                names.filter("Emails[TYPE eq \"work\" and Value co \"@\"].VALUE", ScimUser.SCHEMA_URI));
        assertEquals("not (name.givenName eq \"a\\\"B\")", names.filter("NOT (Name.GivenName eq \"a\\\"B\")", ScimUser.SCHEMA_URI));
        assertEquals("members[value eq \"1\"]", names.filter("MEMBERS[VALUE eq \"1\"]", ScimGroup.SCHEMA_URI));
        assertEquals("noSuchThing eq 1", names.filter("noSuchThing eq 1", ScimUser.SCHEMA_URI), "unknown names stay as sent");
        assertDoesNotThrow(() -> new Filter(names.filter("UserName Sw \"a\" OR Emails[Type Eq \"work\"]", ScimUser.SCHEMA_URI)));
    }

    @Test
    void attributeListsAreCheckedAndNormalised() {
        assertEquals("userName,name.givenName," + ENTERPRISE + ":manager.value",
                names.list("attributes", "USERNAME, Name.GivenName," + ENTERPRISE.toLowerCase() + ":Manager.Value", ScimUser.SCHEMA_URI));
        for (String bad : List.of("emails[type eq \"work\"]", "name..givenName", "", "a b", "name.givenName.x", "\"userName\"")) {
            ScimRefusal refusal = assertThrows(ScimRefusal.class, () -> names.list("attributes", bad, ScimUser.SCHEMA_URI), bad);
            assertEquals(ErrorMessageType.INVALID_VALUE, refusal.scimType());
            assertEquals(400, refusal.status());
        }
    }

    @Test
    void filtersBeyondTheBoundsAreRefusedWithoutParsing() {
        ScimRefusal deep = assertThrows(ScimRefusal.class, () -> FilterBounds.require("(".repeat(10_000) + "a eq 1" + ")".repeat(10_000)));
        assertEquals(ErrorMessageType.INVALID_FILTER, deep.scimType());
        assertThrows(ScimRefusal.class, () -> FilterBounds.require("x".repeat(FilterBounds.MAX_LENGTH + 1)));
        assertThrows(ScimRefusal.class, () -> FilterBounds.require(String.join(" Or ", java.util.Collections.nCopies(FilterBounds.MAX_CLAUSES + 1, "a eq 1"))));
        assertThrows(ScimRefusal.class, () -> FilterBounds.require("emails[" + "(".repeat(FilterBounds.MAX_DEPTH) + "a eq 1" + ")".repeat(FilterBounds.MAX_DEPTH) + "]"));
        assertDoesNotThrow(() -> FilterBounds.require(String.join(" and ", java.util.Collections.nCopies(FilterBounds.MAX_CLAUSES, "a eq \"( or [\""))));
        assertDoesNotThrow(() -> FilterBounds.require("(".repeat(FilterBounds.MAX_DEPTH) + "a eq 1" + ")".repeat(FilterBounds.MAX_DEPTH)));
        assertDoesNotThrow(() -> FilterBounds.require("android eq \"oregon\" and order pr"), "words containing and/or are not operators");
        assertThrows(ScimRefusal.class, () -> FilterBounds.require(")".repeat(20) + "(".repeat(20) + "a eq 1"),
                "a stray closer cannot buy nesting depth");
    }

    @Test
    void oneRequestsPathsTogetherHaveAComparisonBudget() {
        assertEquals(3, FilterBounds.require("a eq 1 and b eq 2 or c eq 3"));
        assertDoesNotThrow(() -> FilterBounds.requireRequestTotal(FilterBounds.MAX_REQUEST_CLAUSES));
        ScimRefusal tooMuch = assertThrows(ScimRefusal.class, () -> FilterBounds.requireRequestTotal(FilterBounds.MAX_REQUEST_CLAUSES + 1));
        assertEquals(413, tooMuch.status());
    }
}
