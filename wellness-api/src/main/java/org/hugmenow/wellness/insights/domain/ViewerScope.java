package org.hugmenow.wellness.insights.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which segments a viewer may see.
 *
 * <ul>
 * <li>An hr-admin sees every segment of the tenant.</li>
 * <li>A team-lead sees the teams they lead, their sub-teams and their own reporting line (all
 * levels). The directory has no team-lead field, so: <b>a team-lead leads the teams of which they
 * are a current member and in which at least one other current member reports directly to them
 * ({@code manager_id})</b>. A segment is theirs when at least one of its attributes is such a team
 * (alone or with sub-teams), one of its sub-teams, or their own reporting line: every further filter
 * only narrows what they may see anyway.</li>
 * <li>Anyone else sees nothing. A team-lead who leads no team has an empty default view (no data).</li>
 * </ul>
 * Asking explicitly for a segment outside the scope is refused as forbidden (not answered with
 * empty data), so a client cannot mistake "not yours" for "no people".
 */
public final class ViewerScope {

    private final boolean everything;
    private final Set<UUID> ledTeams;
    private final Set<UUID> visibleTeams;
    private final String ownLine;

    private ViewerScope(boolean everything, Set<UUID> ledTeams, Set<UUID> visibleTeams, String ownLine) {
        this.everything = everything;
        this.ledTeams = Set.copyOf(ledTeams);
        this.visibleTeams = Set.copyOf(visibleTeams);
        this.ownLine = ownLine;
    }

    /**
     * @param current the tenant's current members (today's membership rows)
     * @param lines   to name the viewer's own reporting line
     */
    public static ViewerScope of(Viewer viewer, List<PeriodMember> current, TeamTree teams, LineTokens lines) {
        if (viewer.isHrAdmin()) {
            return new ViewerScope(true, Set.of(), Set.of(), null);
        }
        if (!viewer.isTeamLead()) {
            return new ViewerScope(false, Set.of(), Set.of(), null);
        }
        Set<UUID> led = ledTeams(viewer.personId(), current);
        boolean hasReports = current.stream().anyMatch(m -> viewer.personId().equals(m.managerId()));
        return new ViewerScope(false, led, teams.withDescendants(led), hasReports ? lines.token(viewer.personId()) : null);
    }

    static Set<UUID> ledTeams(String lead, List<PeriodMember> current) {
        Set<UUID> ownTeams = current.stream().filter(m -> m.personId().equals(lead)).findFirst()
                .map(PeriodMember::teams).orElse(Set.of());
        Set<UUID> led = new HashSet<>();
        for (PeriodMember m : current) {
            if (!m.personId().equals(lead) && lead.equals(m.managerId())) {
                m.teams().stream().filter(ownTeams::contains).forEach(led::add);
            }
        }
        return led;
    }

    public boolean seesEverything() {
        return everything;
    }

    public boolean permits(SegmentSpec segment) {
        return everything || segment.attributes().stream().anyMatch(this::grants);
    }

    private boolean grants(Attribute a) {
        return switch (a.type()) {
            case TEAM, TEAM_TREE -> visibleTeams.contains(a.teamId());
            case LINE, LINE_ALL -> a.value().equals(ownLine);
            default -> false;
        };
    }

    /** What a team-lead sees by default: each team they lead with its sub-teams, then their reporting line. */
    public List<SegmentSpec> ownSegments() {
        List<SegmentSpec> own = new ArrayList<>();
        ledTeams.stream().sorted().forEach(t -> own.add(SegmentSpec.of(Attribute.teamTree(t))));
        if (ownLine != null) {
            own.add(SegmentSpec.of(new Attribute(AttributeType.LINE_ALL, ownLine)));
        }
        return own;
    }
}
