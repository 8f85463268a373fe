package org.hugmenow.tenant.identity.internal;

import java.net.http.HttpResponse;

/** Checks Keycloak's admin answers: anything but the statuses a call expects is a fault, reported briefly. */
final class KeycloakResponses {

    private KeycloakResponses() {
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int... accepted) {
        for (int status : accepted) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException("Keycloak answered " + response.statusCode() + " unexpectedly: "
                + abbreviate(response.body()));
    }

    static String abbreviate(String body) {
        return body == null ? "" : body.substring(0, Math.min(200, body.length()));
    }
}
