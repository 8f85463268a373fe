package org.hugmenow.platform.outbox;

import java.time.Instant;
import org.hugmenow.platform.tenancy.TenantSlug;

/** An {@link Outbox} outside CDI for this module's integration tests: events are written, nobody is woken to deliver them. */
public final class OutboxForTests {

    private OutboxForTests() {
    }

    public static Outbox writingOnly() {
        Outbox outbox = new Outbox();
        outbox.relay = new OutboxRelay() {
            @Override
            void wake(TenantSlug tenant, Instant at) {
                // delivery is not under test
            }
        };
        return outbox;
    }
}
