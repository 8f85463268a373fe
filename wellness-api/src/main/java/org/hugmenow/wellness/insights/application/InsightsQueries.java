package org.hugmenow.wellness.insights.application;

import org.hugmenow.tenant.entitlement.application.Entitlements;
import org.hugmenow.tenant.entitlement.domain.Feature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.outbox.Outbox;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.audit.application.SecurityAudit;
import org.hugmenow.wellness.insights.domain.BudgetKey;
import org.hugmenow.wellness.insights.domain.BudgetState;
import org.hugmenow.wellness.insights.domain.CellMaker;
import org.hugmenow.wellness.insights.domain.InsightsInputException;
import org.hugmenow.wellness.insights.domain.InsightsPeriod;
import org.hugmenow.wellness.insights.domain.InsightsSettings;
import org.hugmenow.wellness.insights.domain.Metric;
import org.hugmenow.wellness.insights.domain.MetricCatalog;
import org.hugmenow.wellness.insights.domain.MetricFamily;
import org.hugmenow.wellness.insights.domain.PeriodData;
import org.hugmenow.wellness.insights.domain.PrivacyBudget;
import org.hugmenow.wellness.insights.domain.PrivacyPolicy;
import org.hugmenow.wellness.insights.domain.Release;
import org.hugmenow.wellness.insights.domain.SegmentRelations;
import org.hugmenow.wellness.insights.domain.SegmentSpec;
import org.hugmenow.wellness.insights.domain.Viewer;
import org.hugmenow.wellness.insights.domain.ViewerScope;
import org.hugmenow.wellness.insights.persistence.AlertStore;
import org.hugmenow.wellness.insights.persistence.InsightsDataStore;
import org.hugmenow.wellness.insights.persistence.InsightsSettingsStore;
import org.hugmenow.wellness.insights.persistence.PrivacyLedgerStore;

/**
 * Team insights for employers: every number goes through the anonymity engine ({@link InsightsReleaser}),
 * and what is answered is one {@link InsightsTable} (or {@link DriversView}) that the API and the
 * CSV/XLSX exports render the same way. Who may see which segment: {@link ViewerScope}. Bad input is
 * refused as INVALID, unknown teams and reporting lines as NOT_FOUND, segments outside the viewer's
 * scope as FORBIDDEN. Periods are named as in {@link InsightsPeriod}, segments as in {@link SegmentSpec}.
 */
@ApplicationScoped
public class InsightsQueries {

    static final int MAX_SEGMENTS = 50;
    static final int MAX_METRICS = 12;
    static final List<String> DEFAULT_METRICS = List.of(MetricCatalog.MOOD_MEAN.id(), MetricCatalog.PARTICIPATION.id());

    @Inject TenantData data;
    @Inject InsightsSettingsStore settings;
    @Inject InsightsDataStore store;
    @Inject AlertStore alerts;
    @Inject InsightsReleaser releaser;
    @Inject MetricCatalogs catalogs;
    @Inject Outbox outbox;
    @Inject InsightsSnapshots snapshots;
    @Inject InsightsAnswers answers;
    @Inject SecurityAudit audit;
    @Inject Entitlements entitlements;

    /** Segments × metrics for one period; no segments means the viewer's default ones, no metrics mood mean and participation. */
    public InsightsTable heatmap(TenantSlug tenant, Viewer viewer, List<String> segmentIds, List<String> metricIds, String period) {
        MetricCatalog catalog = catalogs.forTenant(tenant, viewer.personId());
        return answered(tenant, viewer, "heatmap", arguments(segmentIds, metricIds, period), (unit, c) -> {
            ViewerScope scope = unit.scope(viewer);
            InsightsPeriod asked = unit.window.check("period", InsightsPeriod.parse("period", period));
            List<SegmentSpec> segments = segmentIds == null || segmentIds.isEmpty() ? unit.defaultSegments(scope, asked)
                    : segments(unit, scope, segmentIds);
            List<Metric> metrics = metrics(catalog, metricIds);
            return table("heatmap", unit, viewer, catalog, segments, metrics, List.of(asked));
        });
    }

    /** Refuses a new export (CSV or XLSX) unless the tenant's plan includes insights exports. */
    public void requireExports(TenantSlug tenant) {
        entitlements.require(tenant, Feature.INSIGHTS_EXPORTS);
    }

    /** The segments the viewer may ask for in {@code period}, with labels (no values: nothing to release). */
    public List<SegmentOption> segments(TenantSlug tenant, Viewer viewer, String period) {
        entitlements.require(tenant, Feature.INSIGHTS);
        return refusingBadInput(() -> data.inConnection(tenant, c -> {
            InsightsUnit unit = open(tenant, c, viewer);
            ViewerScope scope = unit.scope(viewer);
            InsightsPeriod asked = unit.window.check("period", InsightsPeriod.parse("period", period));
            return unit.options(scope, asked).stream().map(s -> new SegmentOption(s.id(), unit.label(s))).toList();
        }));
    }

    /** One segment and one metric over a range of periods ({@code from} and {@code to} included, same grain). */
    public InsightsTable trend(TenantSlug tenant, Viewer viewer, String segmentId, String metricId, String from, String to) {
        MetricCatalog catalog = catalogs.forTenant(tenant, viewer.personId());
        return answered(tenant, viewer, "trend", arguments(segmentId, metricId, from, to), (unit, c) -> trendIn(unit, "trend", viewer,
                catalog, segmentId, catalog.parse(metricId), from, to));
    }

    /** Participation of one segment over a range of periods. */
    public InsightsTable participationOverTime(TenantSlug tenant, Viewer viewer, String segmentId, String from, String to) {
        MetricCatalog catalog = MetricCatalogs.moodOnly();
        return answered(tenant, viewer, "participation", arguments(segmentId, from, to), (unit, c) -> trendIn(unit, "participation", viewer,
                catalog, segmentId, MetricCatalog.PARTICIPATION, from, to));
    }

    /** A segment against the whole tenant for one period (so only for viewers who may see the tenant: hr-admins). */
    public InsightsTable comparison(TenantSlug tenant, Viewer viewer, String segmentId, List<String> metricIds, String period) {
        MetricCatalog catalog = catalogs.forTenant(tenant, viewer.personId());
        return answered(tenant, viewer, "comparison", arguments(segmentId, metricIds, period), (unit, c) -> {
            ViewerScope scope = unit.scope(viewer);
            InsightsPeriod asked = unit.window.check("period", InsightsPeriod.parse("period", period));
            SegmentSpec segment = unit.segment(segmentId, scope);
            if (segment.isTenant()) {
                throw new InsightsInputException("segment", "compare a segment other than the tenant with the tenant");
            }
            if (!scope.permits(SegmentSpec.TENANT)) {
                throw Refusal.forbidden("Comparing with the whole organization is for hr-admins.");
            }
            return table("comparison", unit, viewer, catalog, List.of(SegmentSpec.TENANT, segment), metrics(catalog, metricIds),
                    List.of(asked));
        });
    }

    /** Which factors move with mood across the tenant in one period (hr-admins only). */
    public DriversView drivers(TenantSlug tenant, Viewer viewer, String period) {
        MetricCatalog catalog = catalogs.forTenant(tenant, viewer.personId());
        return answered(tenant, viewer, "drivers", arguments(period), (unit, c) -> {
            if (!unit.scope(viewer).seesEverything()) {
                throw Refusal.forbidden("Drivers across the whole organization are for hr-admins.");
            }
            InsightsPeriod asked = unit.window.check("period", InsightsPeriod.parse("period", period));
            PeriodData now = unit.data(asked, false);
            Drivers drivers = new Drivers(new CellMaker(catalog), catalog.factors(), now);
            Release release = releaser.release(c, unit.tenant, viewerKey(unit, viewer), drivers.cells(), List.of(), unit.now);
            return new DriversView(asked.id(), drivers.rows(release), noiseNote(unit.tenant.settings()));
        });
    }

    /** The alerts raised in the tenant, newest first (hr-admins only: alerts go to them). */
    public List<InsightsAlert> alerts(TenantSlug tenant, Viewer viewer, int limit) {
        return data.inConnection(tenant, c -> {
            InsightsUnit unit = open(tenant, c, viewer);
            if (!unit.scope(viewer).seesEverything()) {
                throw Refusal.forbidden("Insights alerts are for hr-admins.");
            }
            return alerts.latest(c, limit).stream().map(a -> new InsightsAlert(a.segment(), unit.labelOf(a.segment()), a.period(),
                    a.drop(), a.raisedAt())).toList();
        });
    }

    /** The settings and the budget spent and left per family in {@code month} (e.g. 2026-11; null: the latest closed month). */
    public PrivacyView privacy(TenantSlug tenant, Viewer viewer, String month) {
        return refusingBadInput(() -> data.inConnection(tenant, c -> {
            InsightsUnit unit = open(tenant, c, viewer);
            unit.scope(viewer);
            return privacyView(c, unit.tenant.settings(), month == null ? lastClosedMonth(unit) : month(month));
        }));
    }

    /** Changes the settings (hr-admins only); k below 3, ε ≤ 0, an unknown time zone are refused and change nothing. */
    public PrivacyView updateSettings(TenantSlug tenant, Viewer viewer, SettingsChange change, String by) {
        return refusingBadInput(() -> data.inConnection(tenant, c -> {
            InsightsUnit unit = open(tenant, c, viewer);
            if (!viewer.isHrAdmin()) {
                throw Refusal.forbidden("Insights settings are for hr-admins.");
            }
            InsightsSettings now = unit.tenant.settings();
            InsightsSettings next = new InsightsSettings(
                    change.k() == null ? now.k() : change.k(),
                    change.epsilon() == null ? now.epsilon() : change.epsilon(),
                    change.timeZone() == null ? now.timeZone() : InsightsSettings.zone(change.timeZone()),
                    change.alertDrop() == null ? now.alertDrop() : change.alertDrop(),
                    change.alertPeriods() == null ? now.alertPeriods() : change.alertPeriods());
            settings.save(c, next, unit.now);
            audit.record(c, by, "insights-privacy.changed", "k " + next.k() + ", ε " + next.epsilon() + ", time zone " + next.timeZone()
                    + ", alert drop " + next.alertDrop() + " over " + next.alertPeriods() + " periods");
            if (!next.timeZone().equals(now.timeZone())) {
                // Rollups count days in the tenant's zone: every period is cut anew.
                outbox.publish(c, tenant, RollupBackfill.EVENT, "{}");
            }
            return privacyView(c, next, lastClosedMonth(unit));
        }));
    }

    /** An answer computed in a unit of work, or the same answer kept from before (see {@link InsightsAnswers}). */
    private <T> T answered(TenantSlug tenant, Viewer viewer, String view, List<Object> arguments, View<T> answer) {
        entitlements.require(tenant, Feature.INSIGHTS);
        Answer<T> given = refusingBadInput(() -> data.inConnection(tenant, c -> {
            InsightsUnit unit = open(tenant, c, viewer);
            InsightsAnswers.Question question = new InsightsAnswers.Question(tenant, viewer, view, arguments, unit.version(),
                    unit.tenant.settings());
            T kept = answers.find(question);
            return kept != null ? new Answer<>(question, kept, true) : new Answer<>(question, answer.in(unit, c), false);
        }));
        if (!given.kept()) {
            answers.keep(given.question(), given.value()); // committed by now: its draws are stored
        }
        return given.value();
    }

    @FunctionalInterface
    private interface View<T> {
        T in(InsightsUnit unit, java.sql.Connection c) throws SQLException;
    }

    private record Answer<T>(InsightsAnswers.Question question, T value, boolean kept) {
    }

    /** A question's arguments as a key: lists copied, absent ones kept as absent. */
    private static List<Object> arguments(Object... values) {
        List<Object> arguments = new ArrayList<>();
        for (Object v : values) {
            arguments.add(v instanceof List<?> list ? List.copyOf(list) : v == null ? "" : v);
        }
        return arguments;
    }

    private InsightsTable trendIn(InsightsUnit unit, String view, Viewer viewer, MetricCatalog catalog, String segmentId, Metric metric,
            String from, String to) throws SQLException {
        ViewerScope scope = unit.scope(viewer);
        List<InsightsPeriod> periods = unit.window.range(InsightsPeriod.parse("from", from), InsightsPeriod.parse("to", to));
        SegmentSpec segment = unit.segment(segmentId, scope);
        return table(view, unit, viewer, catalog, List.of(segment), List.of(metric), periods);
    }

    private InsightsTable table(String view, InsightsUnit unit, Viewer viewer, MetricCatalog catalog, List<SegmentSpec> segments,
            List<Metric> metrics, List<InsightsPeriod> periods) throws SQLException {
        CellMaker maker = new CellMaker(catalog);
        PlannedCells planned = new PlannedCells();
        boolean withHugs = metrics.stream().anyMatch(m -> m.family() == MetricFamily.HUGS);
        for (InsightsPeriod period : periods) {
            PeriodData now = unit.data(period, withHugs);
            for (SegmentSpec segment : segments) {
                for (Metric metric : metrics) {
                    PeriodData before = metric.equals(MetricCatalog.MOOD_CHANGE) ? unit.data(period.previous(), false) : null;
                    planned.add(segment.id(), unit.label(segment), metric, period.id(), maker.cell(segment, metric, now, before));
                }
            }
        }
        Release release = releaser.release(unit.c, unit.tenant, viewerKey(unit, viewer), planned.cells(),
                SegmentRelations.of(segments, unit.teams), unit.now);
        return new InsightsTable(view, planned.answer(release), noiseNote(unit.tenant.settings()));
    }

    private InsightsUnit open(TenantSlug tenant, java.sql.Connection c, Viewer viewer) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        InsightsUnit unit = InsightsUnit.open(c, tenant, settings, store, snapshots, now);
        if (viewer.isHrAdmin()) {
            alerts.rememberRecipient(c, viewer.personId(), now);
        }
        return unit;
    }

    private static List<SegmentSpec> segments(InsightsUnit unit, ViewerScope scope, List<String> ids) {
        if (ids.size() > MAX_SEGMENTS) {
            throw new InsightsInputException("segment", "at most " + MAX_SEGMENTS + " segments at a time, asked " + ids.size());
        }
        List<SegmentSpec> segments = new ArrayList<>();
        for (String id : ids) {
            SegmentSpec spec = unit.segment(id, scope);
            if (!segments.contains(spec)) {
                segments.add(spec);
            }
        }
        return segments;
    }

    private static List<Metric> metrics(MetricCatalog catalog, List<String> ids) {
        List<String> asked = ids == null || ids.isEmpty() ? DEFAULT_METRICS : ids;
        if (asked.size() > MAX_METRICS) {
            throw new InsightsInputException("metric", "at most " + MAX_METRICS + " metrics at a time, asked " + asked.size());
        }
        return asked.stream().map(catalog::parse).distinct().toList();
    }

    /** Views release closed periods, whose months are charged: the latest closed month is where the budget moves. */
    private static YearMonth lastClosedMonth(InsightsUnit unit) {
        return YearMonth.from(unit.window.today()).minusMonths(1);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InsightsInputException("month", "'" + text + "' is not a month; use 2026-11");
        }
    }

    private static PrivacyView privacyView(java.sql.Connection c, InsightsSettings s, YearMonth month) {
        PrivacyPolicy policy = s.policy();
        PrivacyBudget budget = new PrivacyBudget(policy, new PrivacyLedgerStore(c));
        List<PrivacyView.BudgetLine> lines = new ArrayList<>();
        for (MetricFamily family : MetricFamily.values()) {
            BudgetState state = budget.state(new BudgetKey(family, month));
            lines.add(new PrivacyView.BudgetLine(family.name().toLowerCase(Locale.ROOT), state.epsilon(), state.spent(), state.left()));
        }
        return new PrivacyView(s.k(), s.epsilon(), s.timeZone().getId(), s.alertDrop(), s.alertPeriods(),
                policy.releasesPerPersonFamilyMonth(), month.toString(), lines);
    }

    static String noiseNote(InsightsSettings s) {
        return String.format(Locale.ROOT, "Values carry random noise that protects each person (ε = %s per metric family and month,"
                + " spread over %d releases per person); every value stands for at least k = %d people. Small segments are"
                + " noisier; hidden cells say why.", s.epsilon(), s.policy().releasesPerPersonFamilyMonth(), s.k());
    }

    private static String viewerKey(InsightsUnit unit, Viewer viewer) {
        return InsightsReleaser.viewerKey(unit.tenant.secret(), viewer.personId());
    }

    private static <T> T refusingBadInput(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (InsightsInputException e) {
            throw Refusal.invalid(e.field(), e.getMessage());
        }
    }
}
