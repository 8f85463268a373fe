package org.hugmenow.wellness.insights.application;

import org.hugmenow.tenant.entitlement.application.Entitlements;
import org.hugmenow.tenant.entitlement.domain.Feature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.domain.Attribute;
import org.hugmenow.wellness.insights.domain.CellMaker;
import org.hugmenow.wellness.insights.domain.Grain;
import org.hugmenow.wellness.insights.domain.InsightsPeriod;
import org.hugmenow.wellness.insights.domain.InsightsSettings;
import org.hugmenow.wellness.insights.domain.MetricCatalog;
import org.hugmenow.wellness.insights.domain.PeriodWindow;
import org.hugmenow.wellness.insights.domain.Release;
import org.hugmenow.wellness.insights.domain.SegmentRelations;
import org.hugmenow.wellness.insights.domain.SegmentSpec;
import org.hugmenow.wellness.insights.persistence.AlertStore;
import org.hugmenow.wellness.insights.persistence.InsightsDataStore;
import org.hugmenow.wellness.insights.persistence.InsightsSettingsStore;
import org.hugmenow.wellness.insights.persistence.ShownPopulationStore;
import org.hugmenow.wellness.notification.application.Notifier;

/**
 * Raises an alert when a segment's mood falls: the released monthly mood mean of the latest closed
 * month is at least the tenant's alert drop below the one {@code alert_periods} months before.
 * Watched: the tenant, its departments and every team with its sub-teams. The means go through the
 * engine like any other answer (viewer "the alert scan"), so an alert tells nothing a heatmap of the
 * same months would not, and costs no budget for values already drawn. Each alert (segment, month)
 * is raised once ({@code insights_alert}) and sent to the hr-admins known to insights as an in-app
 * notification through the outbox, in the same transaction.
 *
 * <p>Months, not weeks: every watched segment costs each member one mood release per period, and
 * with the default budget (20 releases per person, family and month) weekly scans of nested segments
 * would spend it before anyone looked. A month is scanned once ({@code insights_alert_scan}); the
 * periodic pass costs the settings row and one indexed lookup per tenant otherwise.
 */
@ApplicationScoped
public class AlertScan {

    public static final String NOTIFICATION_TYPE = "insights.alert";
    static final Grain GRAIN = Grain.MONTH;
    private static final String VIEWER = "alert-scan";

    @Inject TenantData data;
    @Inject Entitlements entitlements;
    @Inject InsightsSettingsStore settings;
    @Inject InsightsDataStore store;
    @Inject AlertStore alerts;
    @Inject InsightsReleaser releaser;
    @Inject Notifier notifier;
    @Inject InsightsSnapshots snapshots;

    /**
     * Scans the latest closed month unless it was scanned (one lookup), and then also purges the
     * audit beyond its window; returns the alerts raised.
     */
    public int scan(TenantSlug tenant, Instant now) {
        if (!entitlements.allows(tenant, Feature.INSIGHTS_ALERTS)) {
            return 0;
        }
        return data.inConnection(tenant, c -> {
            InsightsSettingsStore.Stored stored = settings.load(c);
            InsightsPeriod latest = new PeriodWindow(LocalDate.ofInstant(now, stored.settings().timeZone())).lastClosed(GRAIN);
            if (alerts.scanned(c, latest) || !alerts.markScanned(c, latest, now)) {
                return 0;
            }
            new ShownPopulationStore(c).purgeShownBefore(now.minus(stored.settings().policy().auditWindow()));
            return scan(tenant, InsightsUnit.open(c, tenant, stored, store, snapshots, now), latest);
        });
    }

    private int scan(TenantSlug tenant, InsightsUnit unit, InsightsPeriod latest) throws SQLException {
        InsightsSettings s = unit.tenant.settings();
        InsightsPeriod first = latest;
        for (int i = 0; i < s.alertPeriods(); i++) {
            first = first.previous();
        }
        List<SegmentSpec> watched = watched(unit, latest);
        CellMaker maker = new CellMaker(MetricCatalogs.moodOnly());
        PlannedCells planned = new PlannedCells();
        for (InsightsPeriod period : List.of(first, latest)) {
            for (SegmentSpec segment : watched) {
                planned.add(segment.id(), unit.label(segment), MetricCatalog.MOOD_MEAN, period.id(),
                        maker.cell(segment, MetricCatalog.MOOD_MEAN, unit.data(period, false), null));
            }
        }
        Release release = releaser.release(unit.c, unit.tenant, VIEWER, planned.cells(), SegmentRelations.of(watched, unit.teams), unit.now);
        List<InsightCell> cells = planned.answer(release);
        int raised = 0;
        List<String> recipients = alerts.recipients(unit.c, unit.now);
        for (int i = 0; i < watched.size(); i++) {
            Optional<Double> drop = drop(cells.get(i), cells.get(watched.size() + i));
            if (drop.isPresent() && drop.get() >= s.alertDrop()
                    && alerts.raise(unit.c, watched.get(i).id(), latest, drop.get(), unit.now)) {
                notify(unit.c, tenant, recipients, cells.get(watched.size() + i), s.alertPeriods(), drop.get());
                raised++;
            }
        }
        return raised;
    }

    private static List<SegmentSpec> watched(InsightsUnit unit, InsightsPeriod latest) throws SQLException {
        List<SegmentSpec> watched = new ArrayList<>(List.of(SegmentSpec.TENANT));
        unit.departments(latest).forEach(d -> watched.add(SegmentSpec.of(
                new Attribute(org.hugmenow.wellness.insights.domain.AttributeType.DEPARTMENT, d))));
        unit.teams.roots().forEach(root -> unit.teams.withDescendants(root).stream().sorted()
                .forEach(t -> watched.add(SegmentSpec.of(Attribute.teamTree(t)))));
        return watched;
    }

    /** How far the released mean fell from the first to the latest period, if both were shown. */
    static Optional<Double> drop(InsightCell before, InsightCell latest) {
        return before.isShown() && latest.isShown() ? Optional.of(before.value() - latest.value()) : Optional.empty();
    }

    private void notify(Connection c, TenantSlug tenant, List<String> recipients, InsightCell latest, int periods, double drop)
            throws SQLException {
        var payload = Jsons.object().add("segment", latest.segment()).add("segmentLabel", latest.segmentLabel())
                .add("period", latest.period()).add("periods", periods).add("drop", Math.round(drop * 100) / 100.0).build();
        for (String recipient : recipients) {
            notifier.notify(c, tenant, recipient, NOTIFICATION_TYPE, null, payload);
        }
    }
}
