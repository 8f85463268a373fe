package org.hugmenow.wellness.shared.api;

import java.util.UUID;
import org.hugmenow.platform.refusal.Refusal;

/** Ids from paths: one that is not even a UUID is as unknown as any other, so it gets the same 404. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String id, String notFoundDetail) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound(notFoundDetail);
        }
    }
}
