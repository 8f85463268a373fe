package org.hugmenow.wellness.insights.application;

import static org.hugmenow.wellness.insights.application.AcmeInsights.APPS;
import static org.hugmenow.wellness.insights.application.AcmeInsights.LAST_MONTH;
import static org.hugmenow.wellness.insights.application.AcmeInsights.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.ZoneOffset;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.InsightsTestDatabase;
import org.hugmenow.wellness.insights.domain.Grain;
import org.hugmenow.wellness.insights.domain.InsightsPeriod;
import org.hugmenow.wellness.insights.domain.PeriodData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What insights keep between requests holds exactly while the tenant's change counter stands still. */
class InsightsSnapshotsIT {

    private static final InsightsPeriod MONTH = new InsightsPeriod(Grain.MONTH, LAST_MONTH.atDay(1));
    private static InsightsTestDatabase db;
    private static TenantSlug acme;

    @BeforeAll
    static void start() throws Exception {
        db = new InsightsTestDatabase();
        acme = db.tenant("acme-snapshots");
        AcmeInsights.fill(db, acme, 3.0, 3.0);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void aClosedPeriodIsReadOnceAndAgainWhenTheCounterMoves() {
        InsightsSnapshots snapshots = AcmeInsights.snapshots();
        PeriodData first = month(snapshots);
        assertSame(first, month(snapshots), "a settled closed month is read once");
        assertEquals(19, first.members().all().size());

        // Written the way no writer may (without raising the counter): what is kept stays.
        db.data.inConnection(acme, c -> InsightsTestDatabase.update(c, "DELETE FROM insights_person_period WHERE person_id = ?", id("a1")));
        assertSame(first, month(snapshots));

        // A writer raises the counter in its transaction: the next request reads the period anew.
        AcmeInsights.member(db, acme, "a9", APPS, "Product", "Berlin", "boss");
        PeriodData fresh = month(snapshots);
        assertEquals(20, fresh.members().all().size());
        assertEquals(first.rollups().size() - 1, fresh.rollups().size());
    }

    private static PeriodData month(InsightsSnapshots snapshots) {
        return db.data.inConnection(acme, c -> {
            var stored = new org.hugmenow.wellness.insights.persistence.InsightsSettingsStore().load(c);
            var directory = snapshots.directory(c, acme, stored.secret(), snapshots.version(c));
            return snapshots.period(c, acme, directory, MONTH, false, ZoneOffset.UTC, Instant.now());
        });
    }
}
