package org.hugmenow.wellness.shared.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.wellness.shared.domain.Page;

/** An opaque keyset cursor: the sort instant and id of the last item seen. */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(Page.Position position) {
        if (position == null) {
            return null;
        }
        String raw = position.at().toString() + "|" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Page.Position decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new Page.Position(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid(java.util.List.of(new org.hugmenow.platform.web.Problem.FieldError("cursor", "is not a cursor this API gave out")));
        }
    }

    public static int limit(Integer requested) {
        int limit = requested == null ? 50 : requested;
        if (limit < 1 || limit > 200) {
            throw ProblemException.invalid(java.util.List.of(new org.hugmenow.platform.web.Problem.FieldError("limit", "must be between 1 and 200")));
        }
        return limit;
    }
}
