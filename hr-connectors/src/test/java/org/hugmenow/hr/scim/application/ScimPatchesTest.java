package org.hugmenow.hr.scim.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScimPatchesTest {

    private static final String GENERIC = "invalid path or value.";

    @Test
    void aMessageWrittenForTheClientIsPassedOn() {
        assertEquals("Attribute 'nickName' is not multi-valued", ScimPatches.safe(new IllegalArgumentException("Attribute 'nickName' is not multi-valued")));
    }

    @Test
    void javaInternalsNeverReachTheClient() {
        String helpfulNpe = "Cannot invoke \"java.util.Map.get(Object)\" because \"extension\" is null";
        assertEquals(GENERIC, ScimPatches.safe(new NullPointerException(helpfulNpe)));
        assertEquals(GENERIC, ScimPatches.safe(new IllegalArgumentException(helpfulNpe)));
        assertEquals(GENERIC, ScimPatches.safe(new IllegalArgumentException("wrapped java.lang.IllegalStateException: x")));
        assertEquals(GENERIC, ScimPatches.safe(new IllegalArgumentException("no field org.hugmenow.hr.Person.x")));
        assertEquals(GENERIC, ScimPatches.safe(new ClassCastException("class java.lang.String cannot be cast")));
        assertEquals(GENERIC, ScimPatches.safe(new IllegalStateException("anything")));
        assertEquals(GENERIC, ScimPatches.safe(new IllegalArgumentException((String) null)));
        assertEquals(GENERIC, ScimPatches.safe(new IllegalArgumentException("x".repeat(201))));
    }
}
