package org.hugmenow.wellness.insights.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hugmenow.wellness.insights.domain.ShownPopulations;
import java.util.Set;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.InsightsTestDatabase;
import org.hugmenow.wellness.insights.domain.BudgetKey;
import org.hugmenow.wellness.insights.domain.CellKey;
import org.hugmenow.wellness.insights.domain.DigestedPopulation;
import org.hugmenow.wellness.insights.domain.Draw;
import org.hugmenow.wellness.insights.domain.InsightsSettings;
import org.hugmenow.wellness.insights.domain.Metric;
import org.hugmenow.wellness.insights.domain.MetricFamily;
import org.hugmenow.wellness.insights.domain.MetricPeriod;
import org.hugmenow.wellness.insights.domain.Period;
import org.hugmenow.wellness.insights.domain.PopulationDigest;
import org.hugmenow.wellness.insights.domain.SegmentId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine's ports and the settings against real PostgreSQL: atomic keep-first, the ledger and its lock, the audit's purge. */
class InsightsStoresIT {

    private static final Metric MOOD_MEAN = new Metric("mood.mean", MetricFamily.MOOD);
    private static final Period NOVEMBER = Period.month(YearMonth.of(2026, 11));
    private static InsightsTestDatabase db;
    private static TenantSlug tenant;
    /** Two threads of its own: the common pool may have one on two cores, and these tasks block. */
    private static final ExecutorService TWO = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void start() throws Exception {
        db = new InsightsTestDatabase();
        tenant = db.tenant("insights-stores");
    }

    @AfterAll
    static void stop() throws Exception {
        TWO.shutdownNow();
        db.close();
    }

    @Test
    void racingReleasesOfOneKeyEndWithTheFirstDraw() throws Exception {
        CellKey key = new CellKey(new SegmentId("team:race"), MOOD_MEAN, NOVEMBER);
        Draw first = Draw.of(Map.of("sum", 1234L, "count", 11L));
        Draw second = Draw.of(Map.of("sum", -99L, "count", 3L));
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<Draw> a = CompletableFuture.supplyAsync(() -> db.data.inConnection(tenant, c -> {
            Draw kept = new ReleasedValueStore(c).keepFirst(key, first);
            firstInserted.countDown();
            await(commitFirst);
            return kept;
        }), TWO);
        await(firstInserted);
        // the second insert waits on the first transaction's row, then does nothing and reads the first draw
        CompletableFuture<Draw> b = CompletableFuture.supplyAsync(() -> db.data.inConnection(tenant,
                c -> new ReleasedValueStore(c).keepFirst(key, second)), TWO);
        Thread.sleep(300);
        assertTrue(!b.isDone(), "the second release waits for the first");
        commitFirst.countDown();
        assertEquals(first, a.get(10, TimeUnit.SECONDS));
        assertEquals(first, b.get(10, TimeUnit.SECONDS));
        assertEquals(Optional.of(first), db.data.inConnection(tenant, c -> new ReleasedValueStore(c).find(key)));
        assertEquals(Optional.empty(), db.data.inConnection(tenant,
                c -> new ReleasedValueStore(c).find(new CellKey(new SegmentId("team:other"), MOOD_MEAN, NOVEMBER))));
    }

    @Test
    void storedDrawsAreReadForManyKeysAtOnce() {
        CellKey a = new CellKey(new SegmentId("team:many-a"), MOOD_MEAN, NOVEMBER);
        CellKey b = new CellKey(new SegmentId("team:many-b"), MOOD_MEAN, NOVEMBER);
        CellKey none = new CellKey(new SegmentId("team:many-none"), MOOD_MEAN, NOVEMBER);
        Draw drawA = Draw.of(Map.of("sum", 40L, "count", 9L));
        Draw drawB = Draw.of(Map.of("sum", -3L, "count", 5L));
        db.data.inConnection(tenant, c -> {
            new ReleasedValueStore(c).keepFirst(a, drawA);
            return new ReleasedValueStore(c).keepFirst(b, drawB);
        });
        assertEquals(Map.of(a, drawA, b, drawB), db.data.inConnection(tenant, c -> new ReleasedValueStore(c).findAll(List.of(a, b, none))));
    }

    @Test
    void theAuditKnowsAPopulationShownBeforeByItsDigestAndRefreshesIt() {
        MetricPeriod scope = new MetricPeriod(MOOD_MEAN, NOVEMBER);
        DigestedPopulation seen = new DigestedPopulation(PopulationDigest.of(1, 2, 3, 4, 5), PopulationDigest.of(1, 2, 3));
        DigestedPopulation unseen = new DigestedPopulation(PopulationDigest.of(1, 2, 3, 4, 5), PopulationDigest.of(1, 2, 3, 4));
        Instant then = Instant.parse("2026-11-20T10:00:00Z");
        Instant later = then.plus(Duration.ofDays(3));
        db.data.inConnection(tenant, c -> {
            new ShownPopulationStore(c).record("viewer:digest", scope, seen, then);
            return null;
        });
        List<ShownPopulations.Shown> asked = List.of(new ShownPopulations.Shown(scope, seen), new ShownPopulations.Shown(scope, unseen));
        assertEquals(Set.of(asked.get(0)), db.data.inConnection(tenant,
                c -> new ShownPopulationStore(c).alreadyShown("viewer:digest", asked, then.minusSeconds(1))));
        assertEquals(Set.of(), db.data.inConnection(tenant,
                c -> new ShownPopulationStore(c).alreadyShown("viewer:other", asked, then.minusSeconds(1))), "per viewer");
        assertEquals(Set.of(), db.data.inConnection(tenant,
                c -> new ShownPopulationStore(c).alreadyShown("viewer:digest", asked, then.plusSeconds(1))), "within the window only");
        db.data.inConnection(tenant, c -> {
            new ShownPopulationStore(c).refresh("viewer:digest", List.of(asked.get(0)), later);
            return null;
        });
        assertEquals(Set.of(asked.get(0)), db.data.inConnection(tenant,
                c -> new ShownPopulationStore(c).alreadyShown("viewer:digest", asked, later.minusSeconds(1))), "refreshed");
    }

    @Test
    void theLedgerCountsReleasesPerPersonFamilyAndMonth() {
        BudgetKey november = new BudgetKey(MetricFamily.MOOD, YearMonth.of(2026, 11));
        BudgetKey hugs = new BudgetKey(MetricFamily.HUGS, YearMonth.of(2026, 11));
        db.data.inConnection(tenant, c -> {
            PrivacyLedgerStore ledger = new PrivacyLedgerStore(c).lockForRelease();
            ledger.charge(november, PopulationDigest.of(1, 2, 3));
            ledger.charge(november, PopulationDigest.of(2, 3, 4));
            ledger.charge(hugs, PopulationDigest.of(1));
            return null;
        });
        db.data.inConnection(tenant, c -> {
            PrivacyLedgerStore ledger = new PrivacyLedgerStore(c);
            assertEquals(Map.of(1L, 1, 2L, 2, 4L, 1), ledger.releasesOf(november, PopulationDigest.of(1, 2, 4, 9)));
            assertEquals(2, ledger.mostReleasesOfAnyone(november));
            assertEquals(1, ledger.mostReleasesOfAnyone(hugs));
            assertEquals(0, ledger.mostReleasesOfAnyone(new BudgetKey(MetricFamily.MOOD, YearMonth.of(2026, 10))));
            return null;
        });
    }

    @Test
    void theLedgerLockKeepsASecondReleaseOfTheTenantWaitingUntilTheFirstCommits() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Instant> first = CompletableFuture.supplyAsync(() -> db.data.inConnection(tenant, c -> {
            new PrivacyLedgerStore(c).lockForRelease();
            locked.countDown();
            await(finish);
            return Instant.now();
        }), TWO);
        await(locked);
        CompletableFuture<Instant> second = CompletableFuture.supplyAsync(() -> db.data.inConnection(tenant, c -> {
            new PrivacyLedgerStore(c).lockForRelease();
            return Instant.now();
        }), TWO);
        Thread.sleep(300);
        assertTrue(!second.isDone(), "the second release waits for the lock");
        finish.countDown();
        Instant firstDone = first.get(10, TimeUnit.SECONDS);
        assertTrue(!second.get(10, TimeUnit.SECONDS).isBefore(firstDone));
    }

    @Test
    void theAuditRemembersDistinctPopulationsPerViewerAndForgetsThemBeyondTheWindow() {
        MetricPeriod scope = new MetricPeriod(MOOD_MEAN, NOVEMBER);
        DigestedPopulation old = new DigestedPopulation(PopulationDigest.of(1, 2, 3), PopulationDigest.of(1, 2));
        DigestedPopulation recent = new DigestedPopulation(PopulationDigest.of(1, 2, 3, 4), PopulationDigest.of(1, 2, 4));
        Instant longAgo = Instant.parse("2026-06-01T00:00:00Z");
        Instant lately = Instant.parse("2026-11-20T00:00:00Z");
        db.data.inConnection(tenant, c -> {
            ShownPopulationStore shown = new ShownPopulationStore(c);
            shown.record("viewer:a", scope, old, longAgo);
            shown.record("viewer:a", scope, recent, longAgo);
            shown.record("viewer:a", scope, recent, lately); // refreshes, no second row
            shown.record("viewer:b", scope, old, lately);
            return null;
        });
        db.data.inConnection(tenant, c -> {
            ShownPopulationStore shown = new ShownPopulationStore(c);
            assertEquals(2, shown.shownTo("viewer:a", scope, Instant.EPOCH).size());
            assertEquals(List.of(recent), shown.shownTo("viewer:a", scope, Instant.parse("2026-09-01T00:00:00Z")));
            assertEquals(List.of(), shown.shownTo("viewer:a", new MetricPeriod(MOOD_MEAN, Period.month(YearMonth.of(2026, 10))),
                    Instant.EPOCH));
            assertEquals(1, shown.purgeShownBefore(Instant.parse("2026-09-01T00:00:00Z")));
            assertEquals(List.of(recent), shown.shownTo("viewer:a", scope, Instant.EPOCH));
            assertEquals(List.of(old), shown.shownTo("viewer:b", scope, Instant.EPOCH));
            return null;
        });
    }

    @Test
    void settingsStartAsDefaultsWithASecretMadeOnceAndKeepWhatIsSaved() {
        TenantSlug fresh = db.tenant("insights-settings");
        InsightsSettingsStore store = new InsightsSettingsStore();
        InsightsSettingsStore.Stored first = db.data.inConnection(fresh, store::load);
        assertEquals(InsightsSettings.defaults(), first.settings());
        assertEquals(32, first.secret().length);
        InsightsSettings changed = new InsightsSettings(7, 2.5, ZoneId.of("Europe/Berlin"), 0.8, 3);
        db.data.inConnection(fresh, c -> {
            store.save(c, changed, Instant.now());
            return null;
        });
        InsightsSettingsStore.Stored again = db.data.inConnection(fresh, store::load);
        assertEquals(changed, again.settings());
        assertArrayEquals(first.secret(), again.secret(), "the secret is generated once");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
