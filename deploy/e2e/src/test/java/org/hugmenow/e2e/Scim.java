package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A SCIM client over raw HTTP, so the tests see exactly what goes over the wire. */
final class Scim {

    static final String MEDIA_TYPE = "application/scim+json";
    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    /** Both media types a SCIM client may send and accept (RFC 7644 §3.8); tests run with each. */
    static final String JSON = "application/json";

    private final Api api;
    private final String authorization;
    private final String mediaType;

    private Scim(Api api, String authorization) {
        this(api, authorization, MEDIA_TYPE);
    }

    private Scim(Api api, String authorization, String mediaType) {
        this.api = api;
        this.authorization = authorization;
        this.mediaType = mediaType;
    }

    /** The same client sending and accepting another media type. */
    Scim speaking(String otherMediaType) {
        return new Scim(api, authorization, otherMediaType);
    }

    String mediaType() {
        return mediaType;
    }

    static Scim bearer(Api api, String token) {
        return new Scim(api, "Bearer " + token);
    }

    static Scim basic(Api api, String clientId, String secret) {
        return new Scim(api, "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    static Scim anonymous(Api api) {
        return new Scim(api, null);
    }

    Api.Reply get(String path) {
        return send("GET", path, null, null);
    }

    Api.Reply post(String path, JsonObject body) {
        return send("POST", path, body.toString(), null);
    }

    Api.Reply put(String path, JsonObject body, String ifMatch) {
        return send("PUT", path, body.toString(), ifMatch);
    }

    Api.Reply patch(String path, JsonObject body, String ifMatch) {
        return send("PATCH", path, body.toString(), ifMatch);
    }

    Api.Reply delete(String path, String ifMatch) {
        return send("DELETE", path, null, ifMatch);
    }

    Api.Reply send(String method, String path, String body, String ifMatch) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return exchange(method, path, body, mediaType, mediaType, headers);
    }

    /** A request with exactly these media types; a null one leaves its header out. */
    Api.Reply exchange(String method, String path, String body, String contentType, String accept, Map<String, String> more) {
        Map<String, String> headers = new LinkedHashMap<>(more);
        if (accept != null) {
            headers.put("Accept", accept);
        }
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (body != null && contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return api.exchange(method, "/scim/v2" + path, headers, body);
    }

    /** {@code /Users?filter=...} with the filter URL-encoded. */
    Api.Reply filterUsers(String filter) {
        return get("/Users?filter=" + encode(filter));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static JsonObjectBuilder user(String userName, String given, String family) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA).add(ENTERPRISE))
                .add("userName", userName)
                .add("name", Json.createObjectBuilder().add("givenName", given).add("familyName", family))
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("value", userName.contains("@") ? userName : userName + "@example.com").add("type", "work").add("primary", true)))
                .add("active", true);
    }

    static JsonObject patch(JsonObjectBuilder... operations) {
        JsonArrayBuilder ops = Json.createArrayBuilder();
        for (JsonObjectBuilder op : operations) {
            ops.add(op);
        }
        return Json.createObjectBuilder().add("schemas", Json.createArrayBuilder().add(PATCH_OP)).add("Operations", ops).build();
    }

    static JsonObject group(String name, String... memberIds) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        for (String id : memberIds) {
            members.add(Json.createObjectBuilder().add("value", id));
        }
        return Json.createObjectBuilder().add("schemas", Json.createArrayBuilder().add(GROUP_SCHEMA))
                .add("displayName", name).add("members", members).build();
    }

    static String created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    /** Asserts a SCIM error body (RFC 7644 §3.12) with the status and, if given, the scimType. */
    static JsonObject assertError(Api.Reply reply, int status, String scimType) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith(MEDIA_TYPE) || reply.contentType().startsWith("application/json"), reply::toString);
        JsonObject error = reply.json();
        assertTrue(error.getJsonArray("schemas").getString(0).equals(ERROR), reply::toString);
        assertEquals(Integer.toString(status), error.get("status").toString().replace("\"", ""), reply::toString);
        if (scimType != null) {
            assertEquals(scimType, error.getString("scimType", null), reply::toString);
        }
        return error;
    }
}
