package org.hugmenow.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void apiAndScimResponsesAreNeverStored() {
        for (String path : new String[] {"/api/v1/moods", "/api/v1/me/export", "/scim/v2/Users", "/api"}) {
            assertTrue(SecurityHeaders.carriesPersonalData(path), path);
        }
        for (String path : new String[] {"/openapi", "/health/ready", "/apiary", "/scimitar"}) {
            assertFalse(SecurityHeaders.carriesPersonalData(path), path);
        }
    }

    @Test
    void everyResponseGetsNosniffAndANothingPolicyUnlessItHasItsOwn() {
        Map<String, String> headers = new HashMap<>();
        SecurityHeaders.apply(response(headers), false);
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals(SecurityHeaders.NOTHING_POLICY, headers.get(SecurityHeaders.CSP));
        assertNull(headers.get("Cache-Control"));

        Map<String, String> page = new HashMap<>(Map.of(SecurityHeaders.CSP, "default-src 'self'"));
        SecurityHeaders.apply(response(page), true);
        assertEquals("default-src 'self'", page.get(SecurityHeaders.CSP));
        assertEquals("no-store", page.get("Cache-Control"));
    }

    private static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "containsHeader" -> headers.containsKey((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
