package org.hugmenow.wellness.insights.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.domain.Attribute;
import org.hugmenow.wellness.insights.domain.AttributeType;
import org.hugmenow.wellness.insights.domain.InsightsPeriod;
import org.hugmenow.wellness.insights.domain.LineTokens;
import org.hugmenow.wellness.insights.domain.PeriodData;
import org.hugmenow.wellness.insights.domain.PeriodWindow;
import org.hugmenow.wellness.insights.domain.SegmentLabel;
import org.hugmenow.wellness.insights.domain.SegmentSpec;
import org.hugmenow.wellness.insights.domain.TeamTree;
import org.hugmenow.wellness.insights.domain.TenureBand;
import org.hugmenow.wellness.insights.domain.Viewer;
import org.hugmenow.wellness.insights.domain.ViewerScope;
import org.hugmenow.wellness.insights.persistence.InsightsDataStore;
import org.hugmenow.wellness.insights.persistence.InsightsSettingsStore;

/**
 * What one insights response reads, within one unit of work: the tenant's settings and secret,
 * its teams and reporting lines, the closed periods it may show, and each period's members and
 * rollups (from {@link InsightsSnapshots}, which keeps them between requests while they hold).
 */
final class InsightsUnit {

    final Connection c;
    final InsightsSettingsStore.Stored tenant;
    final TeamTree teams;
    final LineTokens lines;
    final PeriodWindow window;
    final Instant now;
    private final TenantSlug slug;
    private final InsightsDataStore store;
    private final InsightsSnapshots snapshots;
    private final InsightsSnapshots.Directory directory;
    private final Map<InsightsPeriod, PeriodData> periods = new HashMap<>();
    private final Map<InsightsPeriod, PeriodData> withoutHugs = new HashMap<>();

    private InsightsUnit(Connection c, TenantSlug slug, InsightsSettingsStore.Stored tenant, InsightsDataStore store,
            InsightsSnapshots snapshots, Instant now) throws SQLException {
        this.c = c;
        this.slug = slug;
        this.tenant = tenant;
        this.store = store;
        this.snapshots = snapshots;
        this.now = now;
        this.directory = snapshots.directory(c, slug, tenant.secret(), snapshots.version(c));
        this.teams = directory.teams();
        this.lines = directory.lines();
        this.window = new PeriodWindow(LocalDate.ofInstant(now, tenant.settings().timeZone()));
    }

    static InsightsUnit open(Connection c, TenantSlug slug, InsightsSettingsStore settings, InsightsDataStore store,
            InsightsSnapshots snapshots, Instant now) throws SQLException {
        return open(c, slug, settings.load(c), store, snapshots, now);
    }

    static InsightsUnit open(Connection c, TenantSlug slug, InsightsSettingsStore.Stored tenant, InsightsDataStore store,
            InsightsSnapshots snapshots, Instant now) throws SQLException {
        return new InsightsUnit(c, slug, tenant, store, snapshots, now);
    }

    /** The tenant's change counter this unit reads under. */
    long version() {
        return directory.version();
    }

    /** The viewer's scope; someone who is neither hr-admin nor team-lead is refused outright. */
    ViewerScope scope(Viewer viewer) throws SQLException {
        if (!viewer.isHrAdmin() && !viewer.isTeamLead()) {
            throw Refusal.forbidden("Team insights are for hr-admins and team-leads.");
        }
        return ViewerScope.of(viewer, directory.current(), teams, lines);
    }

    /**
     * A segment the viewer may see: parsed (malformed: INVALID), its teams and reporting lines known
     * (else NOT_FOUND; departments, locations and tenure bands are filters, an unknown one is just
     * empty), and within the viewer's scope (else FORBIDDEN).
     */
    SegmentSpec segment(String id, ViewerScope scope) {
        SegmentSpec spec = SegmentSpec.parse(id);
        for (Attribute a : spec.attributes()) {
            boolean known = switch (a.type()) {
                case TEAM, TEAM_TREE -> teams.exists(a.teamId());
                case LINE, LINE_ALL -> lines.manager(a.value()).isPresent();
                default -> true;
            };
            if (!known) {
                throw Refusal.notFound("No " + (a.type().group().equals("team") ? "team" : "reporting line") + " '" + a.value() + "'.");
            }
        }
        if (!scope.permits(spec)) {
            throw Refusal.forbidden("The segment " + spec.id() + " is outside the teams and reporting line you may see.");
        }
        return spec;
    }

    /** The segments of a default heatmap: for an hr-admin the tenant, its departments and top-level teams; else the viewer's own. */
    List<SegmentSpec> defaultSegments(ViewerScope scope, InsightsPeriod period) throws SQLException {
        if (!scope.seesEverything()) {
            return scope.ownSegments();
        }
        List<SegmentSpec> segments = new ArrayList<>(List.of(SegmentSpec.TENANT));
        store.departments(c, period).forEach(d -> segments.add(SegmentSpec.of(new Attribute(AttributeType.DEPARTMENT, d))));
        teams.roots().forEach(t -> segments.add(SegmentSpec.of(Attribute.teamTree(t))));
        return segments;
    }

    /**
     * Every segment the viewer may start from in the period: for an hr-admin the tenant, departments,
     * locations, tenure bands and every team alone and with sub-teams; for a team-lead their own
     * segments and each sub-team. Intersections are left to the asker.
     */
    List<SegmentSpec> options(ViewerScope scope, InsightsPeriod period) throws SQLException {
        List<SegmentSpec> options = new ArrayList<>();
        if (scope.seesEverything()) {
            options.add(SegmentSpec.TENANT);
            store.departments(c, period).forEach(d -> options.add(SegmentSpec.of(new Attribute(AttributeType.DEPARTMENT, d))));
            store.locations(c, period).forEach(l -> options.add(SegmentSpec.of(new Attribute(AttributeType.LOCATION, l))));
            for (TenureBand band : TenureBand.values()) {
                options.add(SegmentSpec.of(new Attribute(AttributeType.TENURE, band.id())));
            }
            teams.roots().forEach(root -> teams.withDescendants(root).forEach(t -> {
                options.add(SegmentSpec.of(Attribute.teamTree(t)));
                options.add(SegmentSpec.of(Attribute.team(t)));
            }));
            return options;
        }
        for (SegmentSpec own : scope.ownSegments()) {
            options.add(own);
            own.attribute("team").filter(a -> a.type() == AttributeType.TEAM_TREE).ifPresent(a -> {
                options.add(SegmentSpec.of(Attribute.team(a.teamId())));
                teams.withDescendants(a.teamId()).stream().filter(t -> !t.equals(a.teamId()))
                        .forEach(t -> options.add(SegmentSpec.of(Attribute.teamTree(t))));
            });
        }
        return options;
    }

    List<String> departments(InsightsPeriod period) throws SQLException {
        return store.departments(c, period);
    }

    /** The period's members and rollups, and its hugs when a hug metric needs them (they are the largest read). */
    PeriodData data(InsightsPeriod period, boolean withHugs) throws SQLException {
        PeriodData known = periods.get(period);
        if (known == null && !withHugs) {
            known = withoutHugs.get(period);
        }
        if (known == null) {
            known = snapshots.period(c, slug, directory, period, withHugs, tenant.settings().timeZone(), now);
            (withHugs ? periods : withoutHugs).put(period, known);
        }
        return known;
    }

    /** The label of a stored segment id; a segment that no longer parses is named by its id. */
    String labelOf(String segmentId) {
        try {
            return label(SegmentSpec.parse(segmentId));
        } catch (IllegalArgumentException e) {
            return segmentId;
        }
    }

    String label(SegmentSpec segment) {
        return SegmentLabel.of(segment, teams);
    }
}
