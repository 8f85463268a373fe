package org.hugmenow.wellness.insights.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.junit.jupiter.api.Test;

/** The first-start rebuild: the event waits until this instance built its tenant, and a failure asks again. */
class RollupBackfillTest {

    private static final TenantSlug TENANT = new TenantSlug("backfill");
    private static final OutboxEvent EVENT = new OutboxEvent(UUID.randomUUID(), RollupBackfill.EVENT, "{}", Instant.now(), 0);

    /** Runs submitted work at once, on the caller's thread. */
    static final class InlineWork extends BackgroundWork {
        @Override
        public void submit(Runnable task) {
            task.run();
        }
    }

    static final class CountingRebuild extends RollupRebuild {
        final List<TenantSlug> built = new ArrayList<>();
        int failuresLeft;

        @Override
        public void rebuild(TenantSlug tenant) {
            if (failuresLeft-- > 0) {
                throw new IllegalStateException("database away");
            }
            built.add(tenant);
        }
    }

    @Test
    void theEventIsHeldUntilTheTenantIsBuiltThenDone() {
        CountingRebuild rebuild = new CountingRebuild();
        RollupBackfill backfill = backfill(rebuild);

        assertTrue(backfill.handle(TENANT, null, EVENT).isPresent(), "asked, not yet confirmed: held");
        assertEquals(List.of(TENANT), rebuild.built);
        assertTrue(backfill.handle(TENANT, null, EVENT).isEmpty(), "built: the event is done");
        assertEquals(1, rebuild.built.size(), "built once");
    }

    @Test
    void aFailedRebuildIsAskedForAgainAtTheNextDelivery() {
        CountingRebuild rebuild = new CountingRebuild();
        rebuild.failuresLeft = 1;
        RollupBackfill backfill = backfill(rebuild);

        assertTrue(backfill.handle(TENANT, null, EVENT).isPresent());
        assertTrue(rebuild.built.isEmpty());
        assertTrue(backfill.handle(TENANT, null, EVENT).isPresent(), "failed: asked again and held");
        assertEquals(List.of(TENANT), rebuild.built);
        assertTrue(backfill.handle(TENANT, null, EVENT).isEmpty());
    }

    private static RollupBackfill backfill(RollupRebuild rebuild) {
        RollupBackfill backfill = new RollupBackfill();
        backfill.rebuild = rebuild;
        backfill.background = new InlineWork();
        return backfill;
    }
}
