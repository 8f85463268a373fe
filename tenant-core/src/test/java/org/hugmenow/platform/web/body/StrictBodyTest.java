package org.hugmenow.platform.web.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hugmenow.platform.web.MultilineText;
import org.hugmenow.platform.web.Problem;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.VerbatimText;
import org.junit.jupiter.api.Test;

/** Request bodies read strictly: the shapes that lenient JSON-B let through are refused by name. */
class StrictBodyTest {

    record Admin(String email, String firstName) {
    }

    record Sample(String name, Integer count, boolean enabled, Boolean flag, Double ratio, UUID parentId,
                  List<String> tags, Map<String, Double> factors, Admin admin, @MultilineText String note,
                  @VerbatimText String password) {
    }

    private static Sample bind(String json) {
        return RecordBinder.bind(JsonTree.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), Sample.class);
    }

    private static ProblemException refused(String json) {
        return assertThrows(ProblemException.class, () -> bind(json));
    }

    private static Map<String, String> fieldErrors(String json) {
        ProblemException p = refused(json);
        assertEquals(400, p.status());
        return p.errors().stream().collect(java.util.stream.Collectors.toMap(Problem.FieldError::field,
                Problem.FieldError::message, (a, b) -> a + "; " + b));
    }

    @Test
    void aWellFormedBodyBindsEveryType() {
        UUID parent = UUID.randomUUID();
        Sample s = bind("""
                {"name":"Ada","count":3,"enabled":true,"flag":false,"ratio":0.5,"parentId":"%s","tags":["a","b"],
                 "factors":{"sleep":7.5},"admin":{"email":"a@b.c","firstName":"A"},"note":"line one\\nline two","password":"pw"}
                """.formatted(parent));
        assertEquals("Ada", s.name());
        assertEquals(3, s.count());
        assertTrue(s.enabled());
        assertEquals(Boolean.FALSE, s.flag());
        assertEquals(parent, s.parentId());
        assertEquals(List.of("a", "b"), s.tags());
        assertEquals(7.5, s.factors().get("sleep"));
        assertEquals("a@b.c", s.admin().email());
        assertEquals("line one\nline two", s.note());
    }

    @Test
    void wrongTypesAreRefusedNamingFieldAndType() {
        Map<String, String> errors = fieldErrors("""
                {"name":123,"count":"3","enabled":"yes","flag":1,"ratio":"0.5","tags":[1,2],"admin":[{"email":"x"}]}""");
        assertEquals("must be a string, not a number", errors.get("name"));
        assertEquals("must be a whole number, not a string", errors.get("count"));
        assertEquals("must be true or false, not a string", errors.get("enabled"));
        assertEquals("must be true or false, not a number", errors.get("flag"));
        assertEquals("must be a number, not a string", errors.get("ratio"));
        assertEquals("must be a string, not a number", errors.get("tags[0]"));
        assertEquals("must be an object, not an array", errors.get("admin"));
    }

    @Test
    void unknownFieldsAreNamedWithTheFieldsThatExist() {
        Map<String, String> errors = fieldErrors("{\"nmae\":\"Ada\",\"admin\":{\"mail\":\"x\"}}");
        assertTrue(errors.get("nmae").startsWith("is not a field of this request; the fields are name, count"), errors.toString());
        assertTrue(errors.get("admin.mail").contains("email, firstName"), errors.toString());
    }

    @Test
    void numbersMustFitWithoutRounding() {
        Map<String, String> errors = fieldErrors("{\"count\":2147483648,\"ratio\":1e400}");
        assertTrue(errors.get("count").startsWith("must be a whole number from"), errors.toString());
        assertTrue(errors.get("ratio").contains("range"), errors.toString());
        assertTrue(fieldErrors("{\"count\":1.5}").get("count").startsWith("must be a whole number"));
    }

    @Test
    void nullForAPrimitiveIsRefusedAndAbsentMeansDefault() {
        assertEquals("must not be null; expected true or false", fieldErrors("{\"enabled\":null}").get("enabled"));
        Sample s = bind("{}");
        assertEquals(false, s.enabled());
        assertNull(s.name());
    }

    @Test
    void malformedJsonSaysWhere() {
        ProblemException p = refused("{\"name\":\"Ada\",\n \"count\": 3,,}");
        assertEquals(400, p.status());
        assertTrue(p.getMessage().contains("line 2"), p.getMessage());
    }

    @Test
    void duplicateKeysAreRefused() {
        ProblemException p = refused("{\"name\":\"Ada\",\"name\":\"Eve\"}");
        assertTrue(p.getMessage().contains("\"name\" appears twice"), p.getMessage());
    }

    @Test
    void arraysAndScalarsAreNotObjects() {
        assertTrue(refused("[{\"name\":\"Ada\"}]").getMessage().contains("must be a JSON object, not an array"));
        assertTrue(refused("\"Ada\"").getMessage().contains("not a string"));
        assertTrue(refused("{} {}").getMessage().contains("more after the end"));
    }

    @Test
    void deepNestingIsRefusedBeforeBinding() {
        String deep = "{\"tags\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertTrue(refused(deep).getMessage().contains("nests deeper than " + JsonTree.MAX_DEPTH), "deep");
    }

    @Test
    void nullBytesControlCharactersAndBidiOverridesAreRefused() {
        assertTrue(fieldErrors("{\"name\":\"Ada\\u0000\"}").get("name").contains("control characters (U+0000"));
        assertTrue(fieldErrors("{\"name\":\"Ada\\nLovelace\"}").get("name").contains("line breaks"));
        assertTrue(fieldErrors("{\"note\":\"bell\\u0007\"}").get("note").contains("U+0007"));
        assertTrue(fieldErrors("{\"name\":\"Eve\\u202Enimda\"}").get("name").contains("bidirectional"));
        assertTrue(fieldErrors("{\"name\":\"x\\u2066y\"}").get("name").contains("bidirectional"));
        assertTrue(fieldErrors("{\"tags\":[\"ok\",\"\\u0000\"]}").containsKey("tags[1]"));
        assertTrue(fieldErrors("{\"factors\":{\"a\\u0000\":1}}").keySet().stream().anyMatch(k -> k.startsWith("factors")));
        assertTrue(fieldErrors("{\"name\":\"\\ud800\"}").get("name").contains("lone surrogate"));
    }

    @Test
    void textIsNormalisedToNfcExceptVerbatimFields() {
        Sample s = bind("{\"name\":\"Jose\\u0301\",\"password\":\"Jose\\u0301\"}");
        assertEquals("Jos\u00e9", s.name());
        assertEquals("Jose\u0301", s.password());
    }

    @Test
    void everyTextHasALengthLimit() {
        String longLine = "x".repeat(TextPolicy.MAX_LINE + 1);
        assertTrue(fieldErrors("{\"name\":\"" + longLine + "\"}").get("name").startsWith("must be at most 1000"));
        assertEquals("x".repeat(TextPolicy.MAX_LINE + 1), bind("{\"note\":\"" + longLine + "\"}").note());
        String tooLong = "x".repeat(TextPolicy.MAX_MULTILINE + 1);
        assertTrue(fieldErrors("{\"note\":\"" + tooLong + "\"}").get("note").startsWith("must be at most 10000"));
    }

    @Test
    void anEmptyBodyOrJsonNullIsNoBody() {
        assertNull(bind(""));
        assertNull(bind("null"));
    }

    @Test
    void aMapBodyIsReadAsStrictly() throws Exception {
        java.lang.reflect.Type stringMap = StrictBodyTest.class.getDeclaredField("OWNERS").getGenericType();
        assertEquals(Map.of("email", "scim"), RecordBinder.bind(JsonTree.read(stream("{\"email\":\"scim\"}")), Map.class, stringMap));
        ProblemException p = assertThrows(ProblemException.class,
                () -> RecordBinder.bind(JsonTree.read(stream("{\"email\":1,\"title\":\"a\\u0000\"}")), Map.class, stringMap));
        assertEquals(List.of("email", "title"), p.errors().stream().map(Problem.FieldError::field).toList());
    }

    static final Map<String, String> OWNERS = Map.of();

    private static java.io.InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
