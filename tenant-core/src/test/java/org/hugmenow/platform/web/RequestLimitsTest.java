package org.hugmenow.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {

    private final RequestLimits limits = new RequestLimits(4096, 8192);

    @Test
    void ordinaryRequestsPass() {
        assertTrue(limits.check(request("/api/v1/directory/people", "q=Ren%C3%A9+M%C3%BCller&limit=20",
                Map.of("Authorization", "Bearer abc"))).isEmpty());
        assertTrue(limits.check(request("/api/v1/me", null, Map.of())).isEmpty());
    }

    @Test
    void aNullByteInAQueryValueIs400NamingTheParameter() {
        RequestLimits.Refusal refusal = limits.checkQuery("limit=5&q=%00").orElseThrow();
        assertEquals(400, refusal.status());
        assertEquals("q", refusal.field());
        assertTrue(refusal.detail().contains("'q'"), refusal.detail());
    }

    @Test
    void otherControlCharactersAreRefusedToo() {
        for (String query : List.of("q=a%0Ab", "q=%1F", "q=%7F", "na%00me=x")) {
            assertEquals(400, limits.checkQuery(query).orElseThrow().status(), query);
        }
    }

    @Test
    void brokenPercentEncodingIs400() {
        for (String query : List.of("q=%", "q=%zz", "q=%C3")) {
            assertEquals(400, limits.checkQuery(query).orElseThrow().status(), query);
        }
    }

    @Test
    void anOversizeQueryIs414() {
        assertEquals(414, limits.checkQuery("q=" + "a".repeat(10_000)).orElseThrow().status());
        assertTrue(limits.checkQuery("q=" + "a".repeat(4_000)).isEmpty());
    }

    @Test
    void anOversizeHeaderIs431NamingItButNotEchoingIt() {
        String token = "Bearer " + "x".repeat(10_000);
        RequestLimits.Refusal refusal = limits.check(request("/api/v1/me", null, Map.of("Authorization", token))).orElseThrow();
        assertEquals(431, refusal.status());
        assertEquals("Authorization", refusal.field());
        assertTrue(!refusal.detail().contains("xxxx"));
    }

    @Test
    void controlCharactersInThePathAre400() {
        assertEquals(400, limits.check(request("/api/v1/a%01b", null, Map.of())).orElseThrow().status());
    }

    @Test
    void aRequestThatPassedIsNotCheckedAgainButARefusedOneIs() {
        HttpServletRequest passed = request("/api/v1/moods", "limit=5", Map.of());
        assertTrue(limits.check(passed).isEmpty());
        assertTrue(passed.getAttribute(RequestLimits.class.getName() + ".passed") != null, "marked as checked");
        HttpServletRequest refused = request("/api/v1/a%01b", null, Map.of());
        assertEquals(400, limits.check(refused).orElseThrow().status());
        assertEquals(400, limits.check(refused).orElseThrow().status(), "a refusal is never remembered as a pass");
    }

    static HttpServletRequest request(String uri, String query, Map<String, String> headers) {
        Map<String, Object> attributes = new java.util.HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(RequestLimitsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    case "getContextPath" -> "";
                    case "getHeaderNames" -> Collections.enumeration(headers.keySet());
                    case "getHeaders" -> Collections.enumeration(List.of(headers.get((String) args[0])));
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
