package org.hugmenow.wellness.insights.application;

import static org.hugmenow.wellness.insights.application.AcmeInsights.APPS;
import static org.hugmenow.wellness.insights.application.AcmeInsights.ENGINEERING;
import static org.hugmenow.wellness.insights.application.AcmeInsights.INFRA;
import static org.hugmenow.wellness.insights.application.AcmeInsights.LAST_MONTH;
import static org.hugmenow.wellness.insights.application.AcmeInsights.MONTH_BEFORE;
import static org.hugmenow.wellness.insights.application.AcmeInsights.PLATFORM;
import static org.hugmenow.wellness.insights.application.AcmeInsights.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.InsightsTestDatabase;
import org.hugmenow.wellness.insights.domain.HiddenReason;
import org.hugmenow.wellness.insights.domain.Viewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** InsightsQueries on a small tenant filled through SQL, against real PostgreSQL. */
class InsightsQueriesIT {

    private static final String MONTH = LAST_MONTH.toString();
    private static final Viewer HR = new Viewer(id("hr"), Set.of(Viewer.HR_ADMIN));
    private static final Viewer LENA = new Viewer(id("lena"), Set.of(Viewer.TEAM_LEAD));
    private static InsightsTestDatabase db;
    private static TenantSlug acme;
    private static InsightsQueries queries;

    @BeforeAll
    static void start() throws Exception {
        db = new InsightsTestDatabase();
        acme = db.tenant("acme-insights");
        AcmeInsights.fill(db, acme, 3.0, 3.0);
        queries = AcmeInsights.queries(db);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void aHeatmapHidesSegmentsOfFewerThanKAndNoisesTheOthers() {
        InsightsTable table = queries.heatmap(acme, HR, List.of("tenant", "team-tree:" + ENGINEERING, "team:" + INFRA),
                List.of("mood.mean", "participation", "mood.bands"), MONTH);
        assertEquals(9, table.cells().size());
        InsightCell tenantMood = cell(table, "tenant", "mood.mean");
        assertTrue(tenantMood.isShown());
        assertTrue(tenantMood.value() >= 1 && tenantMood.value() <= 5, tenantMood.toString());
        assertEquals("Whole organization", tenantMood.segmentLabel());
        InsightCell infra = cell(table, "team:" + INFRA, "mood.mean");
        assertFalse(infra.isShown());
        assertNull(infra.value());
        assertEquals(HiddenReason.FEWER_THAN_K.label(), infra.hidden());
        assertEquals(3, cell(table, "tenant", "mood.bands").buckets().size());
        assertFalse(table.noiseNote().isBlank());
        // 11 people at 4 and 8 at 3: the exact shifted sum is 19 × (mood − 1) × 100 = 4900 over 19; what is stored is noised
        long exactDrawn = db.data.inConnection(acme, c -> {
            try (var s = c.prepareStatement("SELECT (draw->>'sum')::bigint = 4900 AND (draw->>'count')::bigint = 19"
                    + " FROM insights_released_value WHERE segment = 'tenant' AND metric = 'mood.mean'");
                 var r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1) ? 1L : 0L;
            }
        });
        assertEquals(0L, exactDrawn, "the released mean carries noise");
    }

    @Test
    void askingAgainGivesTheSameAnswer() {
        List<String> segments = List.of("dept:Tech", "dept:Product", "tenant");
        InsightsTable first = queries.heatmap(acme, HR, segments, List.of("mood.mean", "emotions"), MONTH);
        InsightsTable again = queries.heatmap(acme, HR, segments, List.of("mood.mean", "emotions"), MONTH);
        assertEquals(first, again);
        assertTrue(first.cells().stream().anyMatch(InsightCell::isShown));
    }

    @Test
    void anAnswerKeptForAViewerIsNotGivenAgainOnceTheDataChanged() {
        TenantSlug grows = db.tenant("acme-grows");
        AcmeInsights.fill(db, grows, 3.0, 3.0);
        List<String> infra = List.of("team:" + INFRA);
        InsightCell small = cell(queries.heatmap(grows, HR, infra, List.of("mood.mean"), MONTH), "team:" + INFRA, "mood.mean");
        assertEquals(HiddenReason.FEWER_THAN_K.label(), small.hidden(), "Infra has two people");
        assertEquals(small, cell(queries.heatmap(grows, HR, infra, List.of("mood.mean"), MONTH), "team:" + INFRA, "mood.mean"));
        for (int i = 3; i <= 6; i++) {
            AcmeInsights.member(db, grows, "i" + i, INFRA, "Tech", "Hamburg", "lena");
            AcmeInsights.checkedIn(db, grows, LAST_MONTH, "i" + i, 4.0);
        }
        InsightCell grown = cell(queries.heatmap(grows, HR, infra, List.of("mood.mean"), MONTH), "team:" + INFRA, "mood.mean");
        assertTrue(grown.isShown(), "six people now, and the kept answer was not given again: " + grown);
    }

    @Test
    void aTenureBandThatPeelsOneRecruitOffATeamIsNeverShownBesideIt() {
        TenantSlug recruits = db.tenant("acme-recruit");
        AcmeInsights.fill(db, recruits, 3.0, 3.0);
        db.sql(recruits, "UPDATE insights_member SET start_date = ? WHERE person_id = ?", java.time.LocalDate.now().minusDays(30), id("a8"));
        String apps = "team:" + APPS;
        String veterans = "team:" + APPS + "&tenure:2-5y";
        InsightsTable both = queries.heatmap(recruits, HR, List.of(apps, veterans), List.of("mood.mean"), MONTH);
        assertFalse(cell(both, apps, "mood.mean").isShown() && cell(both, veterans, "mood.mean").isShown(),
                "Apps (8) and its 2-5y members (7) differ by the recruit: " + both);
    }

    @Test
    void aTeamLeadSeesTheTeamsTheyLeadAndTheirLineAndNothingElse() {
        InsightsTable own = queries.heatmap(acme, LENA, null, null, MONTH);
        List<String> segments = own.cells().stream().map(InsightCell::segment).distinct().toList();
        assertEquals(2, segments.size(), segments.toString());
        assertEquals("team-tree:" + PLATFORM, segments.get(0));
        assertTrue(segments.get(1).startsWith("line-all:"), segments.get(1));
        assertTrue(own.cells().stream().anyMatch(InsightCell::isShown), own.toString());

        queries.heatmap(acme, LENA, List.of("team:" + INFRA, "team:" + PLATFORM + "&loc:Berlin"), null, MONTH);
        assertRefused(Refusal.Kind.FORBIDDEN, () -> queries.heatmap(acme, LENA, List.of("team:" + APPS), null, MONTH));
        assertRefused(Refusal.Kind.FORBIDDEN, () -> queries.heatmap(acme, LENA, List.of("tenant"), null, MONTH));
        assertRefused(Refusal.Kind.FORBIDDEN, () -> queries.heatmap(acme, LENA, List.of("dept:Tech"), null, MONTH));
        assertRefused(Refusal.Kind.FORBIDDEN, () -> queries.comparison(acme, LENA, "team-tree:" + PLATFORM, null, MONTH));
        assertRefused(Refusal.Kind.FORBIDDEN, () -> queries.drivers(acme, LENA, MONTH));
        assertRefused(Refusal.Kind.FORBIDDEN, () -> queries.updateSettings(acme, LENA, new SettingsChange(6, null, null, null, null), "hr"));
    }

    @Test
    void theSegmentsOnOfferFollowTheScope() {
        List<String> lena = queries.segments(acme, LENA, MONTH).stream().map(SegmentOption::id).toList();
        assertEquals(List.of("team-tree:" + PLATFORM), lena.subList(0, 1));
        assertTrue(lena.containsAll(List.of("team:" + PLATFORM, "team-tree:" + INFRA)), lena.toString());
        assertTrue(lena.stream().anyMatch(s -> s.startsWith("line-all:")), lena.toString());
        assertFalse(lena.contains("tenant") || lena.contains("team-tree:" + APPS), lena.toString());
        List<SegmentOption> hr = queries.segments(acme, HR, MONTH);
        assertTrue(hr.contains(new SegmentOption("dept:Product", "Department Product")), hr.toString());
        assertTrue(hr.contains(new SegmentOption("team-tree:" + APPS, "Team Apps and sub-teams")), hr.toString());
        assertTrue(hr.stream().map(SegmentOption::id).toList().containsAll(List.of("tenant", "loc:Hamburg", "tenure:2-5y")));
    }

    @Test
    void aTeamLeadWhoLeadsNoTeamGetsNoDataAndAnEmployeeIsRefused() {
        Viewer p1 = new Viewer(id("p1"), Set.of(Viewer.TEAM_LEAD));
        assertEquals(List.of(), queries.heatmap(acme, p1, null, null, MONTH).cells());
        Viewer employee = new Viewer(id("p2"), Set.of("employee"));
        assertRefused(Refusal.Kind.FORBIDDEN, () -> queries.heatmap(acme, employee, null, null, MONTH));
        assertRefused(Refusal.Kind.FORBIDDEN, () -> queries.privacy(acme, employee, null));
    }

    @Test
    void noAnswerCarriesAPersonId() {
        String answers = queries.heatmap(acme, HR, null, List.of("mood.mean", "hugs.within", "emotions.quadrants"), MONTH)
                + " " + queries.heatmap(acme, LENA, null, null, MONTH)
                + " " + queries.drivers(acme, HR, MONTH)
                + " " + queries.trend(acme, LENA, "team-tree:" + PLATFORM, "mood.change", MONTH_BEFORE.toString(), MONTH)
                + " " + queries.privacy(acme, HR, MONTH);
        assertFalse(answers.contains("person-"), answers);
    }

    @Test
    void aComparisonSetsASegmentAgainstTheTenant() {
        InsightsTable table = queries.comparison(acme, HR, "team-tree:" + PLATFORM, List.of("mood.mean"), MONTH);
        assertEquals(List.of("tenant", "team-tree:" + PLATFORM), table.cells().stream().map(InsightCell::segment).toList());
        assertTrue(table.cells().stream().allMatch(InsightCell::isShown), table.toString());
        assertRefused(Refusal.Kind.INVALID, () -> queries.comparison(acme, HR, "tenant", null, MONTH));
    }

    @Test
    void aTrendOfChangesNeedsKPeopleInBothMonths() {
        InsightsTable trend = queries.trend(acme, HR, "dept:Product", "mood.change", MONTH_BEFORE.toString(), MONTH);
        assertEquals(List.of(MONTH_BEFORE.toString(), MONTH), trend.cells().stream().map(InsightCell::period).toList());
        assertEquals(HiddenReason.FEWER_THAN_K.label(), trend.cells().get(0).hidden(), "no check-ins the month before that");
        assertTrue(trend.cells().get(1).isShown(), trend.toString());
        InsightsTable participation = queries.participationOverTime(acme, HR, "dept:Product", MONTH_BEFORE.toString(), MONTH);
        assertTrue(participation.cells().stream().allMatch(c -> c.isShown() && c.value() >= 0 && c.value() <= 1), participation.toString());
    }

    @Test
    void driversReleaseBothSidesWithTheirSampleSizes() {
        DriversView drivers = queries.drivers(acme, HR, MONTH);
        DriverRow sleep = drivers.rows().stream().filter(r -> r.factor().equals("sleepHours")).findFirst().orElseThrow();
        assertTrue(sleep.highMood().isShown(), sleep.toString());
        assertTrue(sleep.highRespondents().isShown(), sleep.toString());
        assertEquals(HiddenReason.FEWER_THAN_K.label(), sleep.lowMood().hidden(), "nobody slept less than 7 hours");
        assertNull(sleep.moodDifference());
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        assertRefused(Refusal.Kind.NOT_FOUND, () -> queries.heatmap(acme, HR, List.of("team:" + UUID.randomUUID()), null, MONTH));
        assertRefused(Refusal.Kind.NOT_FOUND, () -> queries.heatmap(acme, HR, List.of("line:0123456789abcdef"), null, MONTH));
        assertInvalid("segment", () -> queries.heatmap(acme, HR, List.of("team:not-a-team"), null, MONTH));
        assertInvalid("segment", () -> queries.heatmap(acme, HR, List.of("dept:A&loc:B&tenure:1-2y&team:" + PLATFORM
                + "&line:0123456789abcdef"), null, MONTH));
        assertInvalid("segment", () -> queries.heatmap(acme, HR, List.of("dept:A&dept:B"), null, MONTH));
        assertInvalid("period", () -> queries.heatmap(acme, HR, null, null, YearMonth.now(ZoneOffset.UTC).toString()));
        assertInvalid("period", () -> queries.heatmap(acme, HR, null, null, "2026-13"));
        assertInvalid("period", () -> queries.heatmap(acme, HR, null, null, null));
        assertInvalid("metric", () -> queries.heatmap(acme, HR, null, List.of("mood.median"), MONTH));
        assertInvalid("to", () -> queries.trend(acme, HR, "tenant", "mood.mean", MONTH, MONTH_BEFORE.toString()));
        assertInvalid("month", () -> queries.privacy(acme, HR, "last month"));
        assertInvalid("k", () -> queries.updateSettings(acme, HR, new SettingsChange(2, null, null, null, null), "hr"));
        assertInvalid("epsilon", () -> queries.updateSettings(acme, HR, new SettingsChange(null, 0.0, null, null, null), "hr"));
        assertInvalid("epsilon", () -> queries.updateSettings(acme, HR, new SettingsChange(null, -1.0, null, null, null), "hr"));
        assertInvalid("timeZone", () -> queries.updateSettings(acme, HR, new SettingsChange(null, null, "Mars/Base", null, null), "hr"));
        PrivacyView privacy = queries.privacy(acme, HR, MONTH);
        assertEquals(5, privacy.k());
        assertEquals(org.hugmenow.wellness.insights.domain.PrivacyPolicy.DEFAULT_EPSILON, privacy.epsilon());
    }

    @Test
    void thePrivacyViewShowsTheBudgetSpentAndSettingsChangeWithinTheRules() {
        queries.heatmap(acme, HR, List.of("tenant"), List.of("mood.mean"), MONTH);
        PrivacyView privacy = queries.privacy(acme, HR, MONTH);
        PrivacyView.BudgetLine mood = privacy.budget().stream().filter(b -> b.family().equals("mood")).findFirst().orElseThrow();
        assertTrue(mood.spent() > 0 && mood.left() < mood.epsilon(), privacy.toString());
        assertEquals(5, privacy.budget().size());
        assertNotNull(queries.privacy(acme, LENA, null).month());

        TenantSlug other = db.tenant("acme-settings");
        long rebuildsBefore = rebuilds(other);
        PrivacyView changed = queries.updateSettings(other, HR, new SettingsChange(7, 2.0, "Europe/Berlin", 1.0, 3), "hr");
        assertEquals(7, changed.k());
        assertEquals(2.0, changed.epsilon());
        assertEquals("Europe/Berlin", changed.timeZone());
        assertEquals(rebuildsBefore + 1, rebuilds(other), "a new time zone queues a rebuild of the rollups");
        assertEquals(3, queries.updateSettings(other, HR, new SettingsChange(null, null, null, null, null), "hr").alertPeriods());
        assertEquals(2L, (long) db.data.inConnection(other, c -> org.hugmenow.platform.db.Sql.count(c,
                "SELECT count(*) FROM security_audit WHERE action = 'insights-privacy.changed' AND actor = 'hr' AND subject LIKE 'k 7, ε 2.0,%'")),
                "each change is in the IT admins' audit log");
        long refusedBefore = db.data.inConnection(other, c -> org.hugmenow.platform.db.Sql.count(c, "SELECT count(*) FROM security_audit"));
        assertInvalid("k", () -> queries.updateSettings(other, HR, new SettingsChange(2, null, null, null, null), "hr"));
        assertEquals(refusedBefore, (long) db.data.inConnection(other, c -> org.hugmenow.platform.db.Sql.count(c, "SELECT count(*) FROM security_audit")),
                "a refused change is not audited");
    }

    @Test
    void aThirdConcurrentReadWaitsItsTurnAndIsRefusedAsTooManyPastTheWait() throws Exception {
        InsightsSnapshots snapshots = queries.snapshots;
        java.time.Duration before = snapshots.wait;
        snapshots.wait = java.time.Duration.ofMillis(50);
        try {
            Refusal refusal = assertThrows(Refusal.class,
                    () -> snapshots.loading(() -> snapshots.loading(() -> snapshots.loading(() -> "third"))));
            assertEquals(Refusal.Kind.TOO_MANY, refusal.kind());
            assertEquals("second", snapshots.loading(() -> snapshots.loading(() -> "second")), "the permits came back");
        } finally {
            snapshots.wait = before;
        }
    }

    private static long rebuilds(TenantSlug tenant) {
        return db.data.inConnection(tenant, c -> org.hugmenow.platform.db.Sql.count(c,
                "SELECT count(*) FROM outbox_event WHERE type = 'wellness.insights-rebuild'"));
    }

    private static InsightCell cell(InsightsTable table, String segment, String metric) {
        return table.cells().stream().filter(c -> c.segment().equals(segment) && c.metric().equals(metric)).findFirst().orElseThrow();
    }

    private static void assertRefused(Refusal.Kind kind, Executable call) {
        Refusal refusal = assertThrows(Refusal.class, call);
        assertEquals(kind, refusal.kind(), refusal.getMessage());
    }

    private static void assertInvalid(String field, Executable call) {
        Refusal refusal = assertThrows(Refusal.class, call);
        assertEquals(Refusal.Kind.INVALID, refusal.kind(), refusal.getMessage());
        assertEquals(field, refusal.errors().get(0).field(), refusal.errors().toString());
    }
}
