package org.hugmenow.hr.scim.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.spec.extension.EnterpriseExtension;
import org.apache.directory.scim.spec.filter.Filter;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.junit.jupiter.api.Test;

class ScimFilterMatcherTest {

    private static final String USER = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"2819c223","externalId":"Ext-1",
             "userName":"Bjensen@Example.com","active":true,"title":"",
             "name":{"givenName":"Barbara","familyName":"Jensen"},
             "emails":[{"value":"bjensen@example.com","type":"work","primary":true},{"value":"babs@jensen.org","type":"home"}],
             "meta":{"created":"2024-05-01T10:00:00","lastModified":"2026-01-01T08:30:00Z"},
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Tour Operations","employeeNumber":"701984"}}
            """;

    private final ScimFilterMatcher matcher;
    private final JsonNode user;

    ScimFilterMatcherTest() throws Exception {
        SchemaRegistry schemas = new SchemaRegistry();
        schemas.addSchema(ScimUser.class, List.of(EnterpriseExtension.class));
        matcher = new ScimFilterMatcher(schemas, ScimUser.SCHEMA_URI);
        user = new ObjectMapper().readTree(USER);
    }

    private boolean matches(String filter) throws Exception {
        return matcher.matches(new Filter(filter).getExpression(), user);
    }

    @Test
    void userNameIsCaseInsensitiveButIdsAndExternalIdsAreExact() throws Exception {
        assertTrue(matches("userName eq \"bjensen@example.com\""));
        assertTrue(matches("userName sw \"BJEN\""));
        assertTrue(matches("externalId eq \"Ext-1\""));
        assertFalse(matches("externalId eq \"ext-1\""));
        assertFalse(matches("id eq \"2819C223\""));
    }

    @Test
    void everyOperator() throws Exception {
        assertTrue(matches("name.familyName co \"ens\""));
        assertTrue(matches("name.familyName ew \"sen\""));
        assertTrue(matches("name.givenName ne \"Bob\""));
        assertFalse(matches("name.givenName ne \"barbara\""));
        assertTrue(matches("name.familyName gt \"A\" and name.familyName lt \"K\""));
        assertTrue(matches("name.familyName ge \"jensen\" and name.familyName le \"Jensen\""));
        assertTrue(matches("active eq true"));
        assertFalse(matches("active eq false"));
    }

    @Test
    void presenceIgnoresEmptyValues() throws Exception {
        assertTrue(matches("name pr"));
        assertFalse(matches("title pr"));
        assertFalse(matches("nickName pr"));
    }

    @Test
    void multiValuedAttributesMatchAnyValueAndValuePathsFilterElements() throws Exception {
        assertTrue(matches("emails co \"jensen.org\""));
        assertTrue(matches("emails.value ew \".org\""));
        assertTrue(matches("emails[type eq \"work\" and value co \"example\"]"));
        assertFalse(matches("emails[type eq \"work\" and value co \"jensen.org\"]"));
        assertTrue(matches("emails.type eq \"home\""));
    }

    @Test
    void logicGroupingAndNegation() throws Exception {
        assertTrue(matches("not (userName eq \"x\") and (title pr or name.givenName eq \"Barbara\")"));
        assertFalse(matches("not (userName sw \"b\")"));
        assertTrue(matches("userName eq \"x\" or emails[type eq \"home\"]"));
    }

    @Test
    void dateTimesCompareAsInstantsWithOrWithoutAnOffset() throws Exception {
        assertTrue(matches("meta.created lt \"2024-05-01T11:00:00+00:00\""));
        assertTrue(matches("meta.created gt \"2024-05-01T11:00:00+02:00\""));
        assertTrue(matches("meta.lastModified ge \"2026-01-01T08:30:00Z\""));
    }

    @Test
    void extensionAttributesByTheirUrn() throws Exception {
        assertTrue(matches("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"tour operations\""));
        assertFalse(matches("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"1\""));
    }
}
