package org.hugmenow.wellness.insights.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hugmenow.platform.outbox.OutboxForTests;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.entitlement.application.EntitlementsForTests;
import org.hugmenow.tenant.entitlement.domain.Plan;
import org.hugmenow.wellness.insights.InsightsTestDatabase;
import org.hugmenow.wellness.insights.domain.MetricCatalog;
import org.hugmenow.wellness.insights.persistence.AlertStore;
import org.hugmenow.wellness.insights.persistence.InsightsChangeStore;
import org.hugmenow.wellness.insights.persistence.InsightsDataStore;
import org.hugmenow.wellness.insights.persistence.InsightsSettingsStore;
import org.hugmenow.wellness.insights.persistence.RollupReadStore;
import org.hugmenow.wellness.mood.domain.FactorDefinition;
import org.hugmenow.wellness.notification.application.NotifierForTests;

/**
 * A small tenant as the data side would have filled it, and the insights services wired by hand.
 * Engineering (boss) has Platform (lena and p1..p7, who report to her; Infra, i1 and i2, below it)
 * and Apps (a1..a8, department Product, reporting to boss). boss is in Management, everyone else in Tech.
 * Person ids start with {@code person-}, so an answer carrying one is easy to spot.
 */
final class AcmeInsights {

    static final UUID ENGINEERING = UUID.fromString("e0000000-0000-0000-0000-000000000001");
    static final UUID PLATFORM = UUID.fromString("e0000000-0000-0000-0000-000000000002");
    static final UUID INFRA = UUID.fromString("e0000000-0000-0000-0000-000000000003");
    static final UUID APPS = UUID.fromString("e0000000-0000-0000-0000-000000000004");
    /** The latest closed month, and the one before (UTC: the tenant's default time zone). */
    static final YearMonth LAST_MONTH = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    static final YearMonth MONTH_BEFORE = LAST_MONTH.minusMonths(1);

    private AcmeInsights() {
    }

    static void fill(InsightsTestDatabase db, TenantSlug t, double appsMoodBefore, double appsMoodLast) {
        team(db, t, ENGINEERING, null, "Engineering");
        team(db, t, PLATFORM, ENGINEERING, "Platform");
        team(db, t, INFRA, PLATFORM, "Infra");
        team(db, t, APPS, ENGINEERING, "Apps");
        member(db, t, "boss", ENGINEERING, "Management", "Berlin", null);
        member(db, t, "lena", PLATFORM, "Tech", "Berlin", "boss");
        for (int i = 1; i <= 7; i++) {
            member(db, t, "p" + i, PLATFORM, "Tech", i <= 4 ? "Berlin" : "Hamburg", "lena");
        }
        member(db, t, "i1", INFRA, "Tech", "Hamburg", "lena");
        member(db, t, "i2", INFRA, "Tech", "Hamburg", "lena");
        for (int i = 1; i <= 8; i++) {
            member(db, t, "a" + i, APPS, "Product", "Berlin", "boss");
        }
        for (YearMonth month : new YearMonth[] {MONTH_BEFORE, LAST_MONTH}) {
            double apps = month.equals(LAST_MONTH) ? appsMoodLast : appsMoodBefore;
            for (String p : new String[] {"boss", "lena", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "i1", "i2"}) {
                checkedIn(db, t, month, p, 4.0);
            }
            for (int i = 1; i <= 8; i++) {
                checkedIn(db, t, month, "a" + i, apps);
            }
        }
    }

    static void team(InsightsTestDatabase db, TenantSlug t, UUID id, UUID parent, String name) {
        db.sql(t, "INSERT INTO insights_team (team_id, parent_id, name) VALUES (?, ?, ?)", id, parent, name);
    }

    static void member(InsightsTestDatabase db, TenantSlug t, String person, UUID team, String dept, String loc, String manager) {
        db.sql(t, "INSERT INTO insights_member (person_id, valid_from, valid_to, active, team_ids, department, location, manager_id,"
                + " start_date) VALUES (?, ?, NULL, true, ?::uuid[], ?, ?, ?, ?)", id(person), LocalDate.of(2020, 1, 1),
                "{" + team + "}", dept, loc, manager == null ? null : id(manager), LocalDate.of(2022, 1, 1));
    }

    /** Two check-ins in the month averaging {@code mood}, naming joyful and calm, with 7 hours of sleep. */
    static void checkedIn(InsightsTestDatabase db, TenantSlug t, YearMonth month, String person, double mood) {
        db.sql(t, "INSERT INTO insights_person_period (grain, period_start, person_id, checkins, score_sum, emotions, factor_sums,"
                + " factor_counts) VALUES ('month', ?, ?, 2, ?, '{joyful,calm}', '{\"sleepHours\": 14}', '{\"sleepHours\": 2}')",
                month.atDay(1), id(person), (int) Math.round(mood * 2));
    }

    static String id(String person) {
        return "person-" + person;
    }

    static InsightsQueries queries(InsightsTestDatabase db) {
        InsightsQueries queries = new InsightsQueries();
        queries.data = db.data;
        queries.entitlements = EntitlementsForTests.every(Plan.PREMIUM);
        queries.settings = new InsightsSettingsStore();
        queries.store = insightsData();
        queries.alerts = new AlertStore();
        queries.outbox = OutboxForTests.writingOnly();
        queries.releaser = new InsightsReleaser();
        queries.snapshots = snapshots();
        queries.answers = new InsightsAnswers();
        queries.audit = new org.hugmenow.tenant.audit.application.SecurityAudit();
        queries.catalogs = new MetricCatalogs() {
            @Override
            public MetricCatalog forTenant(TenantSlug tenant, String asker) {
                return MetricCatalogs.of(FactorDefinition.BUILTIN);
            }
        };
        return queries;
    }

    static AlertScan alertScan(InsightsTestDatabase db) {
        AlertScan scan = new AlertScan();
        scan.data = db.data;
        scan.entitlements = EntitlementsForTests.every(Plan.PREMIUM);
        scan.settings = new InsightsSettingsStore();
        scan.store = insightsData();
        scan.alerts = new AlertStore();
        scan.releaser = new InsightsReleaser();
        scan.snapshots = snapshots();
        scan.notifier = NotifierForTests.over(OutboxForTests.writingOnly());
        return scan;
    }

    static InsightsSnapshots snapshots() {
        InsightsSnapshots snapshots = new InsightsSnapshots();
        snapshots.store = insightsData();
        snapshots.changes = new InsightsChangeStore();
        return snapshots;
    }

    private static InsightsDataStore insightsData() {
        return new InsightsDataStore(new RollupReadStore());
    }
}
